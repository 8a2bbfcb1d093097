<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

/**
 * Emergency stop for every LLM feature, kept in a small JSON file so it works when the database,
 * the config cache or the admin panel do not, and takes effect on the next request without a
 * cache flush. Written by `bin/magento sovereign:kill-switch`.
 *
 * State dir: constructor argument, else $SOVEREIGN_FILTER_STATE_DIR, else <magento>/var/sovereign-filter.
 */
class KillSwitch implements KillSwitchInterface
{
    public const ENV_STATE_DIR = 'SOVEREIGN_FILTER_STATE_DIR';
    public const FILE_NAME = 'kill-switch.json';

    private ?string $stateDir;

    public function __construct(?string $stateDir = null)
    {
        $this->stateDir = $stateDir;
    }

    public function stateDir(): string
    {
        if ($this->stateDir !== null && $this->stateDir !== '') {
            return rtrim($this->stateDir, '/');
        }
        $env = getenv(self::ENV_STATE_DIR);
        if (\is_string($env) && $env !== '') {
            return rtrim($env, '/');
        }
        // BP is Magento's root, defined by app/bootstrap.php.
        $root = \defined('BP') ? (string) \constant('BP') : (string) getcwd();
        return $root . '/var/sovereign-filter';
    }

    public function file(): string
    {
        return $this->stateDir() . '/' . self::FILE_NAME;
    }

    /** No file: never switched, off. A file that cannot be read or understood: on (fail closed). */
    public function isOn(): bool
    {
        return $this->status()['on'];
    }

    /**
     * @return array{on: bool, by: ?string, reason: ?string, at: ?string, file: string, error: ?string}
     */
    public function status(): array
    {
        $file = $this->file();
        $status = ['on' => false, 'by' => null, 'reason' => null, 'at' => null, 'file' => $file, 'error' => null];
        clearstatcache(true, $file);
        if (!file_exists($file)) {
            return $status;
        }
        $raw = @file_get_contents($file);
        $state = \is_string($raw) ? json_decode($raw, true) : null;
        if (!\is_array($state) || !\is_bool($state['on'] ?? null)) {
            $status['on'] = true;
            $status['error'] = \is_string($raw) ? 'state file is not valid kill-switch JSON' : 'state file is not readable';
            return $status;
        }
        $status['on'] = $state['on'];
        foreach (['by', 'reason', 'at'] as $field) {
            $status[$field] = \is_string($state[$field] ?? null) ? $state[$field] : null;
        }
        return $status;
    }

    /**
     * Records the new state with who, why and when. Atomic: readers see the old or the new file,
     * never a partial one (temporary file in the same directory, then rename).
     *
     * @throws \RuntimeException when the state cannot be written
     */
    public function set(bool $on, string $by, string $reason): void
    {
        $dir = $this->stateDir();
        error_clear_last();
        if (!is_dir($dir) && !@mkdir($dir, 0755, true) && !is_dir($dir)) {
            throw new \RuntimeException(sprintf('cannot create state directory %s: %s', $dir, self::lastError()));
        }
        $json = json_encode([
            'on' => $on,
            'by' => $by,
            'reason' => $reason,
            'at' => gmdate('Y-m-d\TH:i:s\Z'),
        ], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR) . "\n";

        $tmp = sprintf('%s/.%s.%s.tmp', $dir, self::FILE_NAME, bin2hex(random_bytes(6)));
        $handle = @fopen($tmp, 'xb');
        if ($handle === false) {
            throw new \RuntimeException(sprintf('cannot create %s: %s', $tmp, self::lastError()));
        }
        try {
            $ok = fwrite($handle, $json) === \strlen($json) && fflush($handle) && (!\function_exists('fsync') || fsync($handle));
            fclose($handle);
            // Readable by the web server user when the CLI runs as another user.
            if (!$ok || !@chmod($tmp, 0644) || !@rename($tmp, $this->file())) {
                throw new \RuntimeException(sprintf('cannot write %s: %s', $this->file(), self::lastError()));
            }
        } finally {
            if (is_file($tmp)) {
                @unlink($tmp);
            }
        }
    }

    private static function lastError(): string
    {
        return error_get_last()['message'] ?? 'unknown error';
    }
}
