<?php

declare(strict_types=1);

namespace SovereignFilter\Internal;

use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Status;

/**
 * Feature names as sf_session_set_feature accepts them: ASCII letters, digits, _ and -, 1 to 64
 * bytes. Checked in PHP too so that a typo ("Support Chat") throws instead of silently asking
 * about a switch nobody can set.
 *
 * @internal
 */
final class FeatureName
{
    /** The library's name for sessions without a feature (and for calls without a session). */
    public const DEFAULT = 'default';

    private const PATTERN = '/^[A-Za-z0-9_-]{1,64}$/D';
    /** Names already checked: Filter::isDisabled() is called per request and must stay cheap. */
    private const CACHE_SIZE = 256;

    /** @var array<string, true> */
    private static array $valid = [];

    private function __construct()
    {
    }

    /** @throws InvalidInputException */
    public static function check(string $name, string $function): void
    {
        if (isset(self::$valid[$name])) {
            return;
        }
        if (preg_match(self::PATTERN, $name) !== 1) {
            throw new InvalidInputException(
                sprintf(
                    '%s: invalid feature name %s (letters, digits, _ and -, at most 64)',
                    $function,
                    // The caller's string may be anything: quote it printable and short.
                    json_encode(substr($name, 0, 80), JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES)
                ),
                Status::name(Status::E_INVALID_ARGUMENT)
            );
        }
        if (\count(self::$valid) >= self::CACHE_SIZE) {
            self::$valid = [];
        }
        self::$valid[$name] = true;
    }
}
