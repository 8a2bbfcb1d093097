<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * Out of memory, a library bug, or the library could not be found/loaded
 * (SF_E_NOMEM, SF_E_INTERNAL).
 */
final class InternalException extends SovereignFilterException
{
}
