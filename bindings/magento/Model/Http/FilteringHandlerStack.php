<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model\Http;

use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Utils;

/**
 * Guzzle's default handler stack (HandlerStack::create(): http_errors, redirects, cookies,
 * prepare_body) with the filter pushed innermost. etc/di.xml gives it to every GuzzleHttp\Client the
 * object manager builds, and Plugin\GuzzleClientFactoryPlugin to clients made by
 * GuzzleHttp\ClientFactory; requests that are not model calls pass through it untouched.
 */
class FilteringHandlerStack extends HandlerStack
{
    public const NAME = 'sovereign_filter';

    public function __construct(LazyGuzzleMiddleware $filter, ?callable $handler = null)
    {
        parent::__construct($handler ?? Utils::chooseHandler());
        $this->push(Middleware::httpErrors(), 'http_errors');
        $this->push(Middleware::redirect(), 'allow_redirects');
        $this->push(Middleware::cookies(), 'cookies');
        $this->push(Middleware::prepareBody(), 'prepare_body');
        $this->push($filter, self::NAME);
    }
}
