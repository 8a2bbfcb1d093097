<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Console\Command;

use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Console\Command\KillSwitchCommand;
use Sovereign\Filter\Model\KillSwitch;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\BufferedOutput;

final class KillSwitchCommandTest extends TestCase
{
    private string $dir;
    private KillSwitch $killSwitch;

    protected function setUp(): void
    {
        $this->dir = sys_get_temp_dir() . '/sf-kill-cmd-' . bin2hex(random_bytes(6));
        $this->killSwitch = new KillSwitch($this->dir);
    }

    protected function tearDown(): void
    {
        foreach (glob($this->dir . '/{,.}*', GLOB_BRACE) ?: [] as $file) {
            if (is_file($file)) {
                unlink($file);
            }
        }
        if (is_dir($this->dir)) {
            rmdir($this->dir);
        }
    }

    /** @return array{int, string} exit code and output */
    private function runCommand(array $parameters): array
    {
        $command = new KillSwitchCommand($this->killSwitch);
        $output = new BufferedOutput();
        $code = $command->run(new ArrayInput($parameters), $output);
        return [$code, $output->fetch()];
    }

    public function testDefinition(): void
    {
        $command = new KillSwitchCommand($this->killSwitch);
        self::assertSame('sovereign:kill-switch', $command->getName());
        self::assertSame(['action'], array_keys($command->getArguments()));
        self::assertSame(['reason', 'by'], array_keys($command->getOptions()));
    }

    public function testOnRecordsWhoAndWhy(): void
    {
        [$code, $out] = $this->runCommand(['action' => 'on', '--reason' => 'prompt injection wave', '--by' => 'alice']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertTrue($this->killSwitch->isOn());
        self::assertStringContainsString('Kill switch: ON', $out);
        self::assertStringContainsString('by alice: prompt injection wave', $out);
        self::assertSame('prompt injection wave', $this->killSwitch->status()['reason']);
    }

    public function testOnRequiresAReason(): void
    {
        [$code, $out] = $this->runCommand(['action' => 'on', '--by' => 'alice']);
        self::assertSame(Command::FAILURE, $code);
        self::assertStringContainsString('--reason', $out);
        self::assertFalse($this->killSwitch->isOn());
        self::assertDirectoryDoesNotExist($this->dir);
    }

    public function testOffAndStatus(): void
    {
        $this->runCommand(['action' => 'on', '--reason' => 'test', '--by' => 'alice']);
        [$code, $out] = $this->runCommand(['action' => 'OFF', '--by' => 'bob']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertFalse($this->killSwitch->isOn());
        self::assertStringContainsString('Kill switch: OFF (since ', $out);
        self::assertStringContainsString('by bob', $out);

        [$code, $out] = $this->runCommand(['action' => 'status']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertStringContainsString('Kill switch: OFF', $out);
    }

    public function testStatusWhenNeverSwitched(): void
    {
        [$code, $out] = $this->runCommand(['action' => 'status']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertStringContainsString('Kill switch: OFF (never switched; ' . $this->dir . '/kill-switch.json)', $out);
    }

    public function testStatusOfADamagedFileSaysOn(): void
    {
        mkdir($this->dir);
        file_put_contents($this->dir . '/kill-switch.json', 'garbage');
        [$code, $out] = $this->runCommand(['action' => 'status']);
        self::assertSame(Command::SUCCESS, $code);
        self::assertStringContainsString('Kill switch: ON (state file is not valid kill-switch JSON', $out);
    }

    public function testWhoDefaultsToTheCurrentUser(): void
    {
        $this->runCommand(['action' => 'on', '--reason' => 'test']);
        $by = $this->killSwitch->status()['by'];
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
        $this->killSwitch = new KillSwitch(__FILE__ . '/state');
        [$code, $out] = $this->runCommand(['action' => 'on', '--reason' => 'x', '--by' => 'alice']);
        self::assertSame(Command::FAILURE, $code);
        self::assertStringContainsString('Kill switch NOT changed', $out);
    }
}
