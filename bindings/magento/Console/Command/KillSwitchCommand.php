<?php

declare(strict_types=1);

namespace Sovereign\Filter\Console\Command;

use Sovereign\Filter\Model\KillSwitch;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento sovereign:kill-switch on|off|status [--reason=...] [--by=...]
 *
 * The switch is a file (see KillSwitch), not config: it works without the database and without a
 * cache flush, on the next request of every web node that shares the state directory.
 */
class KillSwitchCommand extends Command
{
    public const NAME = 'sovereign:kill-switch';

    private KillSwitch $killSwitch;

    public function __construct(KillSwitch $killSwitch, ?string $name = null)
    {
        $this->killSwitch = $killSwitch;
        parent::__construct($name ?? self::NAME);
    }

    protected function configure(): void
    {
        $this->setName(self::NAME)
            ->setDescription('Turns every LLM feature off (on) or back on (off), or shows the state (status)')
            ->addArgument('action', InputArgument::REQUIRED, 'on | off | status')
            ->addOption('reason', 'r', InputOption::VALUE_REQUIRED, 'Why (required for "on"); recorded in the state file')
            ->addOption('by', null, InputOption::VALUE_REQUIRED, 'Who (default: $SUDO_USER, $USER or the process user)');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $action = strtolower((string) $input->getArgument('action'));
        if ($action === 'status') {
            $this->printStatus($output);
            return Command::SUCCESS;
        }
        if ($action !== 'on' && $action !== 'off') {
            $output->writeln(sprintf('<error>Unknown action "%s": use on, off or status.</error>', $action));
            return Command::FAILURE;
        }

        $reason = trim((string) $input->getOption('reason'));
        if ($action === 'on' && $reason === '') {
            $output->writeln('<error>Say why: --reason="..." (it is recorded with who and when).</error>');
            return Command::FAILURE;
        }
        $by = trim((string) $input->getOption('by'));
        if ($by === '') {
            $by = self::currentUser();
        }

        try {
            $this->killSwitch->set($action === 'on', $by, $reason);
        } catch (\RuntimeException $e) {
            $output->writeln('<error>Kill switch NOT changed: ' . $e->getMessage() . '</error>');
            return Command::FAILURE;
        }
        $this->printStatus($output);
        return Command::SUCCESS;
    }

    private function printStatus(OutputInterface $output): void
    {
        $s = $this->killSwitch->status();
        if ($s['error'] !== null) {
            $output->writeln(sprintf('Kill switch: ON (%s: %s; LLM features refused until fixed)', $s['error'], $s['file']));
            return;
        }
        if ($s['at'] === null && !$s['on']) {
            $output->writeln(sprintf('Kill switch: OFF (never switched; %s)', $s['file']));
            return;
        }
        $output->writeln(sprintf(
            'Kill switch: %s (since %s, by %s%s; %s)',
            $s['on'] ? 'ON - every LLM feature is refused' : 'OFF',
            $s['at'] ?? '?',
            $s['by'] ?? '?',
            ($s['reason'] ?? '') !== '' ? ': ' . $s['reason'] : '',
            $s['file']
        ));
    }

    private static function currentUser(): string
    {
        foreach (['SUDO_USER', 'USER', 'LOGNAME'] as $var) {
            $value = getenv($var);
            if (\is_string($value) && $value !== '') {
                return $value;
            }
        }
        if (\function_exists('posix_geteuid') && \function_exists('posix_getpwuid')) {
            $pw = posix_getpwuid(posix_geteuid());
            if (\is_array($pw) && isset($pw['name'])) {
                return (string) $pw['name'];
            }
        }
        return 'unknown';
    }
}
