<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use Sovereign\Filter\Api\KillSwitchInterface;
use Sovereign\Filter\Model\KillSwitchInterface as DeprecatedKillSwitchInterface;

/**
 * Emergency stop for the LLM features — all of them or one — kept by the SovereignFilter library
 * itself (killswitch.json in its state directory, see SovereignFilterEngine), so it works when the
 * database, the config cache or the admin panel do not, and the library refuses the guarded calls
 * (redact, output check, streams) of a switched-off feature even for code that bypasses this
 * module. Written by `bin/magento sovereign:kill-switch`.
 *
 * Fail closed: when the library cannot be loaded or the policy is invalid, isOn() answers true,
 * as the library does for a state file it cannot read.
 */
class KillSwitch implements KillSwitchInterface, DeprecatedKillSwitchInterface
{
    public const ENV_STATE_DIR = SovereignFilterEngine::ENV_STATE_DIR;
    /** The library's state file. */
    public const FILE_NAME = 'killswitch.json';
    /** This module's own file before it used the library's switch: honoured until replaced. */
    public const LEGACY_FILE_NAME = 'kill-switch.json';
    /** status()['error'] starts with this when nothing but "on" is known. */
    public const LIBRARY_UNUSABLE = 'the filter library cannot be used';
    /** The name of the global entry in the library's state file. */
    private const GLOBAL_ENTRY = 'global';

    private SovereignFilterEngine $engine;

    public function __construct(SovereignFilterEngine $engine)
    {
        $this->engine = $engine;
    }

    public function stateDir(): string
    {
        return $this->engine->stateDir();
    }

    public function file(): string
    {
        return $this->stateDir() . '/' . self::FILE_NAME;
    }

    /** Where this module kept the switch before (in $SOVEREIGN_FILTER_STATE_DIR or <magento>/var/sovereign-filter). */
    public function legacyFile(): string
    {
        return SovereignFilterEngine::moduleStateDir() . '/' . self::LEGACY_FILE_NAME;
    }

    public function isOn(?string $feature = null): bool
    {
        try {
            return $this->engine->binding()->isDisabled($feature) || $this->legacyState() !== null;
        } catch (\Throwable $e) {
            return true;
        }
    }

    /**
     * The switch as the library sees it ('on': global, or global-or-feature for a feature), with who,
     * why and when from the state file for display ('set': this entry's own value, null if never set).
     *
     * @return array{feature: ?string, on: bool, set: ?bool, by: ?string, reason: ?string, at: ?string, file: string, error: ?string}
     */
    public function status(?string $feature = null): array
    {
        $status = ['feature' => $feature, 'on' => true, 'set' => null, 'by' => null, 'reason' => null, 'at' => null, 'file' => $this->file(), 'error' => null];
        try {
            $status['on'] = $this->engine->binding()->isDisabled($feature);
        } catch (\Throwable $e) {
            $status['error'] = sprintf('%s (%s: %s)', self::LIBRARY_UNUSABLE, (new \ReflectionClass($e))->getShortName(), $e->getMessage());
            return $status;
        }

        $entries = $this->readEntries($status['file']);
        if ($entries === false) {
            $status['error'] = 'state file is not valid JSON (the library treats it as ON)';
        } else {
            $entry = $entries[$feature ?? self::GLOBAL_ENTRY] ?? null;
            if (\is_array($entry)) {
                $status['set'] = \is_bool($entry['on'] ?? null) ? $entry['on'] : null;
                foreach (['by', 'reason', 'at'] as $field) {
                    $status[$field] = \is_string($entry[$field] ?? null) ? $entry[$field] : null;
                }
            }
        }

        $legacy = $this->legacyState();
        if ($legacy !== null) {
            $status['on'] = true;
            $status['error'] ??= sprintf('old state file %s: %s; `sovereign:kill-switch on|off` replaces it', $this->legacyFile(), $legacy);
        }
        return $status;
    }

    /**
     * Turns the switch on or off, globally ($feature null) or for one feature, recording who and why.
     * The library writes atomically; every process sharing the state directory sees it within its
     * recheck interval ("kill_switch_recheck_ms", default 1 s). Setting the global switch replaces
     * this module's old state file.
     *
     * @throws \RuntimeException when the state cannot be written, the library cannot be loaded or
     *                           the feature name is invalid
     */
    public function set(bool $on, string $by, string $reason, ?string $feature = null): void
    {
        $this->engine->binding()->setKillSwitch($on, $feature, $reason, $by);
        $legacy = $this->legacyFile();
        if ($feature === null && file_exists($legacy) && !@unlink($legacy)) {
            throw new \RuntimeException(sprintf(
                'the switch was set, but the old state file %s could not be removed (it keeps every feature off): %s',
                $legacy,
                error_get_last()['message'] ?? 'unknown error'
            ));
        }
    }

    /** Why this module's old state file keeps the switch on, or null when there is none or it says off. */
    private function legacyState(): ?string
    {
        $file = $this->legacyFile();
        clearstatcache(true, $file);
        if (!file_exists($file)) {
            return null;
        }
        $raw = @file_get_contents($file);
        if (!\is_string($raw)) {
            return 'not readable';
        }
        $state = json_decode($raw, true);
        if (\is_array($state) && ($state['on'] ?? null) === false) {
            return null;
        }
        return \is_array($state) && ($state['on'] ?? null) === true ? 'on' : 'not valid';
    }

    /**
     * The library's state file decoded, for display only (the library decides what is on):
     * [] when there is none, false when it cannot be read or decoded.
     *
     * @return array<string, mixed>|false
     */
    private function readEntries(string $file): array|false
    {
        clearstatcache(true, $file);
        if (!file_exists($file)) {
            return [];
        }
        $raw = @file_get_contents($file);
        $doc = \is_string($raw) ? json_decode($raw, true) : null;
        return \is_array($doc) ? $doc : false;
    }
}
