<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

/**
 * Old name of \Sovereign\Filter\Api\ConfigInterface (the service interfaces moved to Api/).
 * Empty and extending the new interface, so shop code that implements or type-hints the old name,
 * or sets a di.xml preference for it, keeps working (etc/di.xml resolves the Api name through
 * this one to Config). Removed in the next minor release.
 *
 * @deprecated use \Sovereign\Filter\Api\ConfigInterface
 * @see \Sovereign\Filter\Api\ConfigInterface
 */
interface ConfigInterface extends \Sovereign\Filter\Api\ConfigInterface
{
}
