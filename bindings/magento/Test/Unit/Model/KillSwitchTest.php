<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Model;

use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Model\KillSwitch;
use Sovereign\Filter\Model\SovereignFilterEngine;
use Sovereign\Filter\Test\Unit\Fake\FakeConfig;
use Sovereign\Filter\Test\Unit\Fake\StateDirTrait;
use SovereignFilter\Exception\AiDisabledException;

/** KillSwitch on the library's switch. Tests that need the library skip without it. */
final class KillSwitchTest extends TestCase
{
    use StateDirTrait;

    private const ISO_TIME = '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/';

    protected function setUp(): void
    {
        $this->setUpStateDir();
    }

    protected function tearDown(): void
    {
        $this->tearDownStateDir();
    }

    public function testOffWhenNeverSwitched(): void
    {
        self::requireLibrary();
        $switch = $this->killSwitch();
        self::assertFalse($switch->isOn());
        self::assertFalse($switch->isOn('support_chat'));
        self::assertSame(
            ['feature' => null, 'on' => false, 'set' => null, 'by' => null, 'reason' => null, 'at' => null, 'file' => $this->dir . '/killswitch.json', 'error' => null],
            $switch->status()
        );
        self::assertDirectoryDoesNotExist($this->dir, 'reading must not create anything');
    }

    public function testGlobalOnAndOffRecordWhoWhyAndWhen(): void
    {
        self::requireLibrary();
        $switch = $this->killSwitch();
        $switch->set(true, 'alice', 'model vendor incident #42');

        self::assertTrue($switch->isOn());
        self::assertTrue($switch->isOn('checkout_assist'), 'the global switch covers every feature');
        $status = $switch->status();
        self::assertTrue($status['on']);
        self::assertTrue($status['set']);
        self::assertSame('alice', $status['by']);
        self::assertSame('model vendor incident #42', $status['reason']);
        self::assertMatchesRegularExpression(self::ISO_TIME, (string) $status['at']);
        self::assertLessThan(5, abs(time() - strtotime((string) $status['at'])));
        self::assertFileExists($this->dir . '/killswitch.json');

        // Another instance (another request / web node) sees it without any cache flush.
        self::assertTrue($this->killSwitch()->isOn());

        $switch->set(false, 'bob', 'vendor fixed it');
        self::assertFalse($switch->isOn());
        self::assertFalse($this->killSwitch()->isOn('checkout_assist'));
        $status = $switch->status();
        self::assertFalse($status['set']);
        self::assertSame('bob', $status['by']);
        self::assertSame('vendor fixed it', $status['reason']);
    }

    public function testOneFeature(): void
    {
        self::requireLibrary();
        $switch = $this->killSwitch();
        $switch->set(true, 'alice', 'support bot leaks', 'support_chat');

        self::assertTrue($switch->isOn('support_chat'));
        self::assertFalse($switch->isOn('checkout_assist'));
        self::assertFalse($switch->isOn(), 'not the global switch');
        $status = $switch->status('support_chat');
        self::assertSame(['support_chat', true, true, 'alice', 'support bot leaks'], [$status['feature'], $status['on'], $status['set'], $status['by'], $status['reason']]);
        self::assertNull($switch->status('checkout_assist')['set']);
        self::assertFalse($switch->status()['on']);

        $switch->set(false, 'bob', 'fixed', 'support_chat');
        self::assertFalse($this->killSwitch()->isOn('support_chat'));
    }

    public function testTheLibraryItselfRefusesTheFeaturesSessions(): void
    {
        self::requireLibrary();
        $engine = $this->engine();
        (new KillSwitch($engine))->set(true, 'alice', 'incident', 'support_chat');

        try {
            $engine->newSession('support_chat')->redact('Mail me at john@example.com');
            self::fail('expected AiDisabledException');
        } catch (AiDisabledException $e) {
            self::assertSame('SF_E_DISABLED', $e->getStatus());
        }
        // Also a vault imported for the feature (the feature is not sealed with it).
        $sealed = $engine->newSession('checkout_assist')->export();
        try {
            $engine->importSession($sealed, 'support_chat')->redact('john@example.com');
            self::fail('expected AiDisabledException');
        } catch (AiDisabledException $e) {
            self::assertSame('SF_E_DISABLED', $e->getStatus());
        }
        self::assertSame('Mail me at <EMAIL_1>', $engine->newSession('checkout_assist')->redact('Mail me at john@example.com'));
    }

    /** @return iterable<string, array{string}> */
    public static function damagedFiles(): iterable
    {
        yield 'empty' => [''];
        yield 'truncated' => ['{"global": {"on": fal'];
        yield 'not JSON' => ['garbage'];
        yield 'array' => ['[false]'];
    }

    /** @dataProvider damagedFiles */
    public function testDamagedStateFailsClosed(string $content): void
    {
        self::requireLibrary();
        mkdir($this->dir);
        file_put_contents($this->dir . '/killswitch.json', $content);
        $switch = $this->killSwitch();
        self::assertTrue($switch->isOn());
        self::assertTrue($switch->isOn('support_chat'));
        self::assertTrue($switch->status()['on']);
    }

    public function testWithoutTheLibraryItIsOn(): void
    {
        $switch = $this->killSwitch(null, '/nonexistent/libsovereign_filter.so');
        self::assertTrue($switch->isOn());
        self::assertTrue($switch->isOn('support_chat'));
        $status = $switch->status();
        self::assertTrue($status['on']);
        self::assertStringStartsWith(KillSwitch::LIBRARY_UNUSABLE, (string) $status['error']);
        self::assertStringContainsString('/nonexistent/libsovereign_filter.so', (string) $status['error']);
        try {
            $switch->set(false, 'alice', 'x');
            self::fail('expected a RuntimeException');
        } catch (\RuntimeException $e) {
            self::assertStringContainsString('not found', $e->getMessage());
        }
        self::assertDirectoryDoesNotExist($this->dir);
    }

    public function testAnInvalidPolicyMakesItOn(): void
    {
        $switch = $this->killSwitch('{"min_score": 7}');
        self::assertTrue($switch->isOn());
        self::assertNotNull($switch->status()['error']);
    }

    public function testStateDirFromEnvironment(): void
    {
        self::requireLibrary();
        putenv(KillSwitch::ENV_STATE_DIR . '=' . $this->dir . '/');
        $switch = new KillSwitch(new SovereignFilterEngine(new FakeConfig()));
        self::assertSame($this->dir, $switch->stateDir());
        $switch->set(true, 'ops', 'env test');
        self::assertFileExists($this->dir . '/killswitch.json');
        self::assertTrue($switch->isOn());
    }

    public function testDefaultStateDirIsUnderMagentoVarAndGivenToTheLibrary(): void
    {
        putenv(KillSwitch::ENV_STATE_DIR);
        $root = \defined('BP') ? (string) \constant('BP') : (string) getcwd();
        $engine = new SovereignFilterEngine(new FakeConfig());
        self::assertSame($root . '/var/sovereign-filter', (new KillSwitch($engine))->stateDir());
        self::assertSame(['state_dir' => $root . '/var/sovereign-filter'], json_decode((string) $engine->policyJson(), true));
    }

    public function testThePolicysStateDirWins(): void
    {
        putenv(KillSwitch::ENV_STATE_DIR . '=/somewhere/else');
        self::assertSame($this->dir, $this->killSwitch()->stateDir());
        self::assertSame($this->dir . '/killswitch.json', $this->killSwitch()->file());
    }

    public function testUnwritableStateDirThrowsWithoutWarnings(): void
    {
        self::requireLibrary();
        // A directory cannot be created below a regular file, whatever the user (root included).
        $switch = $this->killSwitch((string) json_encode(['state_dir' => __FILE__ . '/state']));
        $this->expectException(\RuntimeException::class);
        $this->expectExceptionMessage('sf_kill_switch_set failed');
        $switch->set(true, 'alice', 'x');
    }

    // ---- the module's own file from before ------------------------------------------------------

    private function legacy(string $content): KillSwitch
    {
        putenv(KillSwitch::ENV_STATE_DIR . '=' . $this->dir);
        mkdir($this->dir);
        file_put_contents($this->dir . '/' . KillSwitch::LEGACY_FILE_NAME, $content);
        // No state_dir in the policy: the library uses the same directory, as after an upgrade.
        return new KillSwitch(new SovereignFilterEngine(new FakeConfig()));
    }

    public function testAnOldStateFileThatSaysOnKeepsItOnUntilReplaced(): void
    {
        self::requireLibrary();
        $switch = $this->legacy('{"on": true, "by": "alice", "reason": "old incident", "at": "2026-01-01T00:00:00Z"}');
        self::assertTrue($switch->isOn());
        self::assertTrue($switch->isOn('support_chat'));
        self::assertStringContainsString('old state file', (string) $switch->status()['error']);

        // A feature switch does not replace the global state of the old file ...
        $switch->set(false, 'bob', 'x', 'support_chat');
        self::assertTrue($switch->isOn('support_chat'));
        // ... the global one does.
        $switch->set(false, 'bob', 'all clear');
        self::assertFileDoesNotExist($switch->legacyFile());
        self::assertFalse($switch->isOn());
        self::assertNull($switch->status()['error']);
    }

    public function testAnOldStateFileThatSaysOffIsIgnoredAndADamagedOneIsOn(): void
    {
        self::requireLibrary();
        self::assertFalse($this->legacy('{"on": false, "by": "bob"}')->isOn());
        file_put_contents($this->dir . '/' . KillSwitch::LEGACY_FILE_NAME, '{"on": fal');
        self::assertTrue((new KillSwitch(new SovereignFilterEngine(new FakeConfig())))->isOn());
    }
}
