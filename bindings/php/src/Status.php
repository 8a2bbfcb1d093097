<?php

declare(strict_types=1);

namespace SovereignFilter;

/**
 * The sf_status values of include/sovereign_filter.h. Mirrored here (instead of asking the library)
 * so errors can be named even when the library misbehaves; tests/StatusTableTest.php compares the
 * constants and NAMES with the C enum.
 */
final class Status
{
    public const OK = 0;
    public const BLOCKED = 1;
    public const E_INVALID_ARGUMENT = 2;
    public const E_INVALID_UTF8 = 3;
    public const E_POLICY = 4;
    public const E_LIMIT = 5;
    public const E_TOO_LARGE = 6;
    public const E_DISABLED = 7;
    public const E_NOMEM = 8;
    public const E_INTERNAL = 9;
    public const E_SESSION_FULL = 10;
    public const E_REGION = 11;

    /** C names in enum order: index == value. */
    public const NAMES = [
        'SF_OK',
        'SF_BLOCKED',
        'SF_E_INVALID_ARGUMENT',
        'SF_E_INVALID_UTF8',
        'SF_E_POLICY',
        'SF_E_LIMIT',
        'SF_E_TOO_LARGE',
        'SF_E_DISABLED',
        'SF_E_NOMEM',
        'SF_E_INTERNAL',
        'SF_E_SESSION_FULL',
        'SF_E_REGION',
    ];

    private const MEANINGS = [
        'success',
        'a policy operator says "block"; the text must not be sent',
        'invalid argument, or a tampered or foreign sealed session',
        'the text is not valid UTF-8',
        'the policy JSON is malformed, or a custom regex is refused',
        'a pattern hit its match/depth/heap limit; the text was not fully scanned',
        "the text exceeds the policy's max_input_bytes",
        'the kill switch is on',
        'out of memory',
        'internal error in the library',
        "the session's vault would exceed the policy's max_session_values; nothing was pseudonymized",
        'a sealed session of another region; refused even under the same key',
    ];

    private function __construct()
    {
    }

    public static function name(int $status): string
    {
        return self::NAMES[$status] ?? 'SF_UNKNOWN';
    }

    public static function meaning(int $status): string
    {
        return self::MEANINGS[$status] ?? "unknown status $status";
    }
}
