<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * The library's kill switch is on (SF_E_DISABLED).
 */
final class AiDisabledException extends SovereignFilterException
{
}
