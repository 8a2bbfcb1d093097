<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

/**
 * Old name of \Sovereign\Filter\Api\FilterInterface (the service interfaces moved to Api/).
 * Empty and extending the new interface, so shop code that implements or type-hints the old name,
 * or sets a di.xml preference for it, keeps working (etc/di.xml resolves the Api name through
 * this one to SovereignFilterEngine). Removed in the next minor release.
 *
 * @deprecated use \Sovereign\Filter\Api\FilterInterface
 * @see \Sovereign\Filter\Api\FilterInterface
 */
interface FilterInterface extends \Sovereign\Filter\Api\FilterInterface
{
}
