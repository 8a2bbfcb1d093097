<?php

declare(strict_types=1);

namespace SovereignFilter\Tests\Http;

use GuzzleHttp\Client;
use Nyholm\Psr7\Factory\Psr17Factory;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;
use SovereignFilter\Filter;
use SovereignFilter\Http\FilteringClient;

/**
 * The gateway's cases through the PSR-18 decorator around Guzzle 7 as the inner PSR-18 client
 * (Guzzle's sendRequest buffers bodies and never raises for 4xx/5xx); the messages are built with
 * nyholm/psr7's PSR-17 factory, as openai-php/client and Symfony's Psr18Client would.
 */
final class FilteringClientTest extends HttpFilterTestCase
{
    protected function send(Filter $filter, array $options, RequestInterface $request, bool $stream = false): ResponseInterface
    {
        return (new FilteringClient(new Client(['timeout' => 20]), $filter, $options + ['http_factory' => new Psr17Factory()]))->sendRequest($request);
    }

    protected function streamsLive(): bool
    {
        return false;
    }

    protected function sendExpectingHttpError(Filter $filter, array $options, RequestInterface $request): ResponseInterface
    {
        return $this->send($filter, $options, $request);
    }

    public function testNyholmRequestsWork(): void
    {
        $f = new Psr17Factory();
        $request = $f->createRequest('POST', self::$model->url('/v1/chat/completions'))
            ->withHeader('Content-Type', 'application/json')
            ->withBody($f->createStream('{"messages":[{"role":"user","content":"I am anna.weber@example.de"}]}'));
        $r = $this->send($this->engine(), $this->options(), $request);
        self::assertStringContainsString('<EMAIL_1>', self::$model->last()['body']);
        self::assertSame('You said: I am anna.weber@example.de', self::json($r)['choices'][0]['message']['content']);
    }
}
