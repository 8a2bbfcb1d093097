<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * A pattern hit its match/depth/heap limit, so the text was not fully scanned (SF_E_LIMIT).
 */
final class LimitException extends SovereignFilterException
{
}
