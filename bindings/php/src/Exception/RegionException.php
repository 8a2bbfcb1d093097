<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * A sealed session of another region (SF_E_REGION): the engine serves one region (policy "region") and
 * refuses a session sealed in another, or in none, even under the same key. Route the customer to the
 * region that holds their conversation, or start a new session.
 */
final class RegionException extends SovereignFilterException
{
}
