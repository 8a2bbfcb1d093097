<?php

declare(strict_types=1);

namespace SovereignFilter\Tests\Http;

use Nyholm\Psr7\Factory\Psr17Factory;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;
use SovereignFilter\Filter;
use SovereignFilter\Http\FilteringClient;
use Symfony\Component\HttpClient\HttpClient;
use Symfony\Component\HttpClient\Psr18Client;

/**
 * The gateway's cases through the PSR-18 decorator around Symfony's Psr18Client (Debian's
 * php-symfony-http-client), which hands the body over while it arrives: a streamed reply is read
 * through the filter as the model sends it.
 */
final class SymfonyPsr18ClientTest extends HttpFilterTestCase
{
    public static function setUpBeforeClass(): void
    {
        if (stream_resolve_include_path('Symfony/Component/HttpClient/autoload.php') === false) {
            throw new \RuntimeException('Symfony/Component/HttpClient/autoload.php is not on the include path: install php-symfony-http-client (make deps)');
        }
        require_once 'Symfony/Component/HttpClient/autoload.php';
        parent::setUpBeforeClass();
    }

    protected function send(Filter $filter, array $options, RequestInterface $request, bool $stream = false): ResponseInterface
    {
        $f = new Psr17Factory();
        $inner = new Psr18Client(HttpClient::create(['timeout' => 20, 'max_redirects' => 0]), $f, $f);
        return (new FilteringClient($inner, $filter, $options + ['http_factory' => $f]))->sendRequest($request);
    }

    protected function streamsLive(): bool
    {
        return true;
    }

    protected function sendExpectingHttpError(Filter $filter, array $options, RequestInterface $request): ResponseInterface
    {
        return $this->send($filter, $options, $request);
    }
}
