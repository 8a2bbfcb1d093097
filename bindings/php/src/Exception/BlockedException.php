<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * A policy operator says "block": the text must not be sent anywhere (SF_BLOCKED).
 */
final class BlockedException extends SovereignFilterException
{
}
