<?php

declare(strict_types=1);

namespace Sovereign\Filter\Console\Command;

use Sovereign\Filter\Model\Config;
use Sovereign\Filter\Model\KillSwitch;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento sovereign:kill-switch on|off|status [--feature=support_chat] [--reason=...] [--by=...]
 *
 * The switch is the SovereignFilter library's (see KillSwitch), not config: it works without the
 * database and without a cache flush, within a second on every web node that shares the state
 * directory. Without --feature it switches every LLM feature.
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
            ->setDescription('Turns LLM features off (on) or back on (off), all or one, or shows the state (status)')
            ->addArgument('action', InputArgument::REQUIRED, 'on | off | status')
            ->addOption('reason', 'r', InputOption::VALUE_REQUIRED, 'Why (required for "on"); recorded in the state file')
            ->addOption('by', null, InputOption::VALUE_REQUIRED, 'Who (default: $SUDO_USER, $USER or the process user)')
            ->addOption('feature', 'f', InputOption::VALUE_REQUIRED, 'Only this feature (' . implode(', ', Config::FEATURES) . '); default: all');
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

        $feature = trim((string) $input->getOption('feature'));
        if ($feature !== '' && !\in_array($feature, Config::FEATURES, true)) {
            // A typo must not "switch off" a feature nobody uses while the real one keeps running.
            $output->writeln(sprintf('<error>Unknown feature "%s": use one of %s, or no --feature for all.</error>', $feature, implode(', ', Config::FEATURES)));
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
            $this->killSwitch->set($action === 'on', $by, $reason, $feature === '' ? null : $feature);
        } catch (\RuntimeException $e) {
            $output->writeln('<error>Kill switch NOT changed: ' . $e->getMessage() . '</error>');
            return Command::FAILURE;
        }
        $this->printStatus($output);
        return Command::SUCCESS;
    }

    /**
     * Kill switch: ON for support_chat (/var/www/shop/var/sovereign-filter/killswitch.json)
     *   all features        OFF (never switched)
     *   support_chat        ON (since 2026-11-22T10:00:00.000Z, by alice: vendor incident #42)
     *   ...
     */
    private function printStatus(OutputInterface $output): void
    {
        $global = $this->killSwitch->status();
        if ($global['error'] !== null) {
            $output->writeln(sprintf('Kill switch: ON (%s; LLM features refused until fixed; %s)', $global['error'], $global['file']));
            if (str_starts_with($global['error'], KillSwitch::LIBRARY_UNUSABLE)) {
                return; // nothing more is known
            }
        }
        $features = [];
        foreach (Config::FEATURES as $feature) {
            $features[$feature] = $this->killSwitch->status($feature);
        }
        if ($global['error'] === null) {
            $on = array_keys(array_filter($features, static fn (array $s): bool => $s['on']));
            $summary = $global['on'] ? 'ON - every LLM feature is refused' : ($on === [] ? 'OFF' : 'ON for ' . implode(', ', $on));
            $output->writeln(sprintf('Kill switch: %s (%s)', $summary, $global['file']));
        }
        $output->writeln(self::line('all features', $global, false));
        foreach ($features as $feature => $status) {
            $output->writeln(self::line($feature, $status, $global['on']));
        }
    }

    /** @param array{on: bool, set: ?bool, by: ?string, reason: ?string, at: ?string} $s */
    private static function line(string $name, array $s, bool $globalOn): string
    {
        if ($s['at'] !== null) {
            $detail = sprintf('since %s, by %s%s', $s['at'], $s['by'] ?? '?', ($s['reason'] ?? '') !== '' ? ': ' . $s['reason'] : '');
        } else {
            $detail = 'never switched';
        }
        if ($s['on'] && $s['set'] !== true && $globalOn) {
            $detail = 'by the global switch' . ($s['at'] !== null ? '; own switch off ' . $detail : '');
        }
        return sprintf('  %-18s %s (%s)', $name, $s['on'] ? 'ON' : 'OFF', $detail);
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
