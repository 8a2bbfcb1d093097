<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Model\KillSwitch;
use Sovereign\Filter\Model\SovereignFilterEngine;
use SovereignFilter\Internal\Native;

/**
 * A fresh state directory per test (given to the library through the policy, or through
 * $SOVEREIGN_FILTER_STATE_DIR), removed afterwards, and the environment variable restored.
 */
trait StateDirTrait
{
    private string $dir;
    private string|false $savedStateDirEnv;

    private function setUpStateDir(): void
    {
        $this->dir = sys_get_temp_dir() . '/sf-magento-kill-' . bin2hex(random_bytes(6));
        $this->savedStateDirEnv = getenv(KillSwitch::ENV_STATE_DIR);
    }

    private function tearDownStateDir(): void
    {
        putenv($this->savedStateDirEnv === false ? KillSwitch::ENV_STATE_DIR : KillSwitch::ENV_STATE_DIR . '=' . $this->savedStateDirEnv);
        self::removeTree($this->dir);
    }

    private static function removeTree(string $path): void
    {
        if (is_dir($path) && !is_link($path)) {
            foreach (array_diff(scandir($path) ?: [], ['.', '..']) as $entry) {
                self::removeTree($path . '/' . $entry);
            }
            rmdir($path);
        } elseif (file_exists($path) || is_link($path)) {
            unlink($path);
        }
    }

    private static function requireLibrary(): void
    {
        $path = Native::resolveLibraryPath();
        if (!is_file($path)) {
            self::markTestSkipped(sprintf('SovereignFilter library not found at %s: build it with `make lib` or set %s', $path, Native::LIBRARY_ENV));
        }
    }

    /** A policy using this test's state directory, re-reading the switch on every call. */
    private function statePolicy(array $extra = []): string
    {
        return (string) json_encode(['state_dir' => $this->dir, 'kill_switch_recheck_ms' => 0] + $extra, JSON_UNESCAPED_SLASHES);
    }

    /** An engine (another request / web node when called again) on the real library. */
    private function engine(?string $policy = null, ?string $library = null): SovereignFilterEngine
    {
        $config = new FakeConfig();
        $config->policy = $policy ?? $this->statePolicy();
        return new SovereignFilterEngine($config, $library);
    }

    private function killSwitch(?string $policy = null, ?string $library = null): KillSwitch
    {
        return new KillSwitch($this->engine($policy, $library));
    }
}
