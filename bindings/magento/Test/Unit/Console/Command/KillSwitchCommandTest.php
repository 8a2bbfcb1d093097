<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Console\Command;

use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Console\Command\KillSwitchCommand;
use Sovereign\Filter\Model\KillSwitch;
use Sovereign\Filter\Test\Unit\Fake\StateDirTrait;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\BufferedOutput;

final class KillSwitchCommandTest extends TestCase
{
    use StateDirTrait;

    private KillSwitch $switch;

    protected function setUp(): void
    {
        $this->setUpStateDir();
        $this->switch = $this->killSwitch();
    }

    protected function tearDown(): void
    {
        $this->tearDownStateDir();
    }

    /** @return array{int, string} exit code and output */
    private function runCommand(array $parameters): array
    {
        $command = new KillSwitchCommand($this->switch);
        $output = new BufferedOutput();
        $code = $command->run(new ArrayInput($parameters), $output);
        return [$code, $output->fetch()];
    }

    public function testDefinition(): void
    {
        $command = new KillSwitchCommand($this->switch);
        self::assertSame('sovereign:kill-switch', $command->getName());
        self::assertSame(['action'], array_keys($command->getArguments()));
        self::assertSame(['reason', 'by', 'feature'], array_keys($command->getOptions()));
    }

    public function testOnRecordsWhoAndWhy(): void
    {
        self::requireLibrary();
        [$code, $out] = $this->runCommand(['action' => 'on', '--reason' => 'prompt injection wave', '--by' => 'alice']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertTrue($this->switch->isOn());
        self::assertStringContainsString('Kill switch: ON - every LLM feature is refused (' . $this->dir . '/killswitch.json)', $out);
        self::assertMatchesRegularExpression('/^  all features +ON \(since \S+, by alice: prompt injection wave\)$/m', $out);
        self::assertMatchesRegularExpression('/^  support_chat +ON \(by the global switch\)$/m', $out);
        self::assertSame('prompt injection wave', $this->switch->status()['reason']);
    }

    public function testOnForOneFeature(): void
    {
        self::requireLibrary();
        [$code, $out] = $this->runCommand(['action' => 'on', '--feature' => 'support_chat', '--reason' => 'leaks', '--by' => 'alice']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertTrue($this->switch->isOn('support_chat'));
        self::assertFalse($this->switch->isOn('checkout_assist'));
        self::assertFalse($this->switch->isOn());
        self::assertStringContainsString('Kill switch: ON for support_chat (', $out);
        self::assertMatchesRegularExpression('/^  all features +OFF \(never switched\)$/m', $out);
        self::assertMatchesRegularExpression('/^  support_chat +ON \(since \S+, by alice: leaks\)$/m', $out);
        self::assertMatchesRegularExpression('/^  checkout_assist +OFF \(never switched\)$/m', $out);

        [$code, $out] = $this->runCommand(['action' => 'off', '--feature' => 'support_chat', '--by' => 'bob']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertFalse($this->switch->isOn('support_chat'));
        self::assertStringContainsString('Kill switch: OFF (', $out);
        self::assertMatchesRegularExpression('/^  support_chat +OFF \(since \S+, by bob\)$/m', $out);
    }

    public function testUnknownFeatureFails(): void
    {
        [$code, $out] = $this->runCommand(['action' => 'on', '--feature' => 'support', '--reason' => 'x', '--by' => 'alice']);
        self::assertSame(Command::FAILURE, $code);
        self::assertStringContainsString('Unknown feature "support"', $out);
        self::assertStringContainsString('support_chat', $out);
        self::assertDirectoryDoesNotExist($this->dir);
    }

    public function testOnRequiresAReason(): void
    {
        [$code, $out] = $this->runCommand(['action' => 'on', '--by' => 'alice']);
        self::assertSame(Command::FAILURE, $code);
        self::assertStringContainsString('--reason', $out);
        self::assertDirectoryDoesNotExist($this->dir);
    }

    public function testOffAndStatus(): void
    {
        self::requireLibrary();
        $this->runCommand(['action' => 'on', '--reason' => 'test', '--by' => 'alice']);
        [$code, $out] = $this->runCommand(['action' => 'OFF', '--by' => 'bob']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertFalse($this->switch->isOn());
        self::assertStringContainsString('Kill switch: OFF (', $out);
        self::assertMatchesRegularExpression('/^  all features +OFF \(since \S+, by bob\)$/m', $out);

        [$code, $out] = $this->runCommand(['action' => 'status']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertStringContainsString('Kill switch: OFF', $out);
    }

    public function testStatusWhenNeverSwitched(): void
    {
        self::requireLibrary();
        [$code, $out] = $this->runCommand(['action' => 'status']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertStringContainsString('Kill switch: OFF (' . $this->dir . '/killswitch.json)', $out);
        foreach (['all features', 'product_discovery', 'support_chat', 'checkout_assist'] as $name) {
            self::assertMatchesRegularExpression('/^  ' . $name . ' +OFF \(never switched\)$/m', $out);
        }
        self::assertDirectoryDoesNotExist($this->dir);
    }

    public function testStatusOfADamagedFileSaysOn(): void
    {
        self::requireLibrary();
        mkdir($this->dir);
        file_put_contents($this->dir . '/killswitch.json', 'garbage');
        [$code, $out] = $this->runCommand(['action' => 'status']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertStringContainsString('Kill switch: ON (state file is not valid JSON', $out);
    }

    public function testStatusWithoutTheLibrarySaysOn(): void
    {
        $this->switch = $this->killSwitch(null, '/nonexistent/libsovereign_filter.so');
        [$code, $out] = $this->runCommand(['action' => 'status']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertStringContainsString('Kill switch: ON (' . KillSwitch::LIBRARY_UNUSABLE, $out);

        [$code, $out] = $this->runCommand(['action' => 'off', '--by' => 'alice']);
        self::assertSame(Command::FAILURE, $code);
        self::assertStringContainsString('Kill switch NOT changed', $out);
    }

    public function testWhoDefaultsToTheCurrentUser(): void
    {
        self::requireLibrary();
        $this->runCommand(['action' => 'on', '--reason' => 'test']);
        $by = $this->switch->status()['by'];
        self::assertIsString($by);
        self::assertNotSame('', $by);
    }

    public function testUnknownActionFails(): void
    {
        [$code, $out] = $this->runCommand(['action' => 'maybe']);
        self::assertSame(Command::FAILURE, $code);
        self::assertStringContainsString('Unknown action "maybe"', $out);
        self::assertDirectoryDoesNotExist($this->dir);
    }

    public function testWriteFailureIsReportedAndNothingChanges(): void
    {
        self::requireLibrary();
        $this->switch = $this->killSwitch((string) json_encode(['state_dir' => __FILE__ . '/state']));
        [$code, $out] = $this->runCommand(['action' => 'on', '--reason' => 'x', '--by' => 'alice']);
        self::assertSame(Command::FAILURE, $code);
        self::assertStringContainsString('Kill switch NOT changed', $out);
    }
}
