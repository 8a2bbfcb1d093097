<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Exception\SessionFullException;
use SovereignFilter\Filter;

final class SessionTest extends LibraryTestCase
{
    private Filter $filter;

    protected function setUp(): void
    {
        parent::setUp();
        $this->filter = $this->filter();
    }

    public function testRedactWithSessionPseudonymizesAndRestoreGivesTheOriginalBack(): void
    {
        $session = $this->filter->newSession();
        self::assertSame('Mail me at <EMAIL_1>', $this->filter->redact('Mail me at john.doe@example.com', $session));
        self::assertSame(
            'Sure, I will write to john.doe@example.com today.',
            $session->restore('Sure, I will write to <EMAIL_1> today.')
        );
    }

    public function testVaultKeptInTheStateStoreContinuesInAnotherFilter(): void
    {
        $dir = sys_get_temp_dir() . '/sf-php-vault-' . bin2hex(random_bytes(6));
        $policy = json_encode(['state_dir' => $dir, 'session_key' => 'php-vault-test-key-0123456789']);
        try {
            $a = $this->filter($policy);
            $session = $a->loadVault('customer:42/chat:7', 'support_chat');
            self::assertSame('Mail me at <EMAIL_1>', $a->redact('Mail me at john.doe@example.com', $session));
            $a->saveVault($session, 'customer:42/chat:7', 600);
            // Another Filter (another worker) with the same policy and key continues the conversation.
            $b = $this->filter($policy);
            $back = $b->loadVault('customer:42/chat:7', 'support_chat');
            self::assertSame('to john.doe@example.com', $back->restore('to <EMAIL_1>'));
            self::assertSame('support_chat', $back->feature());
            self::assertSame('to <EMAIL_1>', $b->loadVault('customer:43/chat:7')->restore('to <EMAIL_1>'));
            // The file holds neither the scope nor the address.
            $files = glob($dir . '/vaults/*.sf1') ?: [];
            self::assertCount(1, $files);
            self::assertStringNotContainsString('customer', $files[0]);
            self::assertStringNotContainsString('john.doe', (string) file_get_contents($files[0]));
            $this->expectException(InvalidInputException::class);
            $b->saveVault($session, '', 600);
        } finally {
            self::removeTree($dir);
        }
    }

    public function testSameValueSameTokenOtherValueNextToken(): void
    {
        $session = $this->filter->newSession();
        self::assertSame('<EMAIL_1> <EMAIL_2> <EMAIL_1>', $this->filter->redact('a@example.com b@example.com a@example.com', $session));
        // A later prompt in the same conversation keeps the numbering.
        self::assertSame('again <EMAIL_2>', $this->filter->redact('again b@example.com', $session));
    }

    public function testRestoreLeavesOtherTextAlone(): void
    {
        $session = $this->filter->newSession();
        $this->filter->redact('john@example.com', $session);
        self::assertSame('no tokens here', $session->restore('no tokens here'));
        self::assertSame('unknown <EMAIL_9> stays', $session->restore('unknown <EMAIL_9> stays'));
        self::assertSame('', $session->restore(''));
    }

    public function testExportImportRoundTrip(): void
    {
        $session = $this->filter->newSession();
        $this->filter->redact('Mail me at john.doe@example.com', $session);
        $sealed = $session->export();
        self::assertNotSame('', $sealed);
        self::assertTrue(ctype_print($sealed), 'the sealed blob is printable ASCII');
        self::assertStringNotContainsString('john.doe', $sealed);

        $imported = $this->filter->importSession($sealed);
        self::assertSame('Hi john.doe@example.com', $imported->restore('Hi <EMAIL_1>'));
        // The imported vault keeps issuing from where the original stopped.
        self::assertSame('<EMAIL_1> <EMAIL_2>', $this->filter->redact('john.doe@example.com other@example.com', $imported));
    }

    public function testSessionFullAtMaxSessionValuesLeavesTheVaultUntouched(): void
    {
        $capped = $this->filter('{"max_session_values": 3}');
        $session = $capped->newSession();
        self::assertSame('<EMAIL_1> <EMAIL_2>', $capped->redact('a@example.com b@example.com', $session));
        try {
            $capped->redact('c@example.com d@example.com', $session);
            self::fail('a call pushing the vault past max_session_values must throw');
        } catch (SessionFullException $e) {
            self::assertSame('SF_E_SESSION_FULL', $e->getStatus());
        }
        // Refused whole: nothing of that call entered the vault, so one new value still fits…
        self::assertSame('<EMAIL_3> <EMAIL_1>', $capped->redact('c@example.com a@example.com', $session));
        self::assertSame('c@example.com', $session->restore('<EMAIL_3>'));
        self::assertSame('<EMAIL_4>', $session->restore('<EMAIL_4>'));
        // …and at the cap, values the vault holds still work; a new one does not.
        self::assertSame('<EMAIL_2> again', $capped->redact('b@example.com again', $session));
        $this->expectException(SessionFullException::class);
        $capped->redact('e@example.com', $session);
    }

    public function testImportOfAVaultOverTheCapIsRefused(): void
    {
        $key = '"session_key": "0123456789abcdef0123456789abcdef"';
        $big = $this->filter('{' . $key . ', "max_session_values": 5}');
        $session = $big->newSession();
        $big->redact('a@example.com b@example.com c@example.com', $session);
        $sealed = $session->export();
        $small = $this->filter('{' . $key . ', "max_session_values": 2}');
        $this->expectException(SessionFullException::class);
        $small->importSession($sealed);
    }

    public function testImportIntoAnotherEngineOfTheSameProcess(): void
    {
        $session = $this->filter->newSession();
        $this->filter->redact('john.doe@example.com', $session);
        $other = $this->filter();
        self::assertSame('john.doe@example.com', $other->importSession($session->export())->restore('<EMAIL_1>'));
    }

    public function testTamperedExportIsRefused(): void
    {
        $session = $this->filter->newSession();
        $this->filter->redact('Mail me at john.doe@example.com', $session);
        $sealed = $session->export();
        $i = intdiv(\strlen($sealed), 2);
        $sealed[$i] = $sealed[$i] === 'A' ? 'B' : 'A';
        try {
            $this->filter->importSession($sealed);
            self::fail('expected InvalidInputException');
        } catch (InvalidInputException $e) {
            self::assertSame('SF_E_INVALID_ARGUMENT', $e->getStatus());
        }
    }

    public function testTruncatedAndEmptyExportsAreRefused(): void
    {
        $session = $this->filter->newSession();
        $sealed = $session->export();
        foreach ([substr($sealed, 0, -4), '', 'not a sealed session'] as $bad) {
            try {
                $this->filter->importSession($bad);
                self::fail('expected InvalidInputException for ' . var_export($bad, true));
            } catch (InvalidInputException $e) {
                self::assertSame('SF_E_INVALID_ARGUMENT', $e->getStatus());
            }
        }
    }

    public function testSessionOutlivesItsFilter(): void
    {
        $filter = $this->filter();
        $session = $filter->newSession();
        $filter->redact('john@example.com', $session);
        unset($filter);
        gc_collect_cycles();
        // The session holds the engine: still usable after the Filter object is gone.
        self::assertSame('john@example.com', $session->restore('<EMAIL_1>'));
        self::assertNotSame('', $session->export());
    }

    public function testSessionsAreNotCloneable(): void
    {
        $this->expectException(\Error::class);
        $session = $this->filter->newSession();
        $copy = clone $session;
        unset($copy);
    }
}
