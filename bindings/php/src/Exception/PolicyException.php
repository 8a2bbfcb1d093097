<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * The policy JSON is malformed or a custom pattern was refused (SF_E_POLICY).
 * The message carries the library's explanation (field name and reason).
 */
final class PolicyException extends SovereignFilterException
{
}
