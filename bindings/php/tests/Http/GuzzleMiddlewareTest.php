<?php

declare(strict_types=1);

namespace SovereignFilter\Tests\Http;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\RequestException;
use GuzzleHttp\HandlerStack;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;
use SovereignFilter\Filter;
use SovereignFilter\Http\GuzzleMiddleware;

/** The gateway's cases through Guzzle 7 with the middleware pushed on its default handler stack. */
final class GuzzleMiddlewareTest extends HttpFilterTestCase
{
    private static function client(Filter $filter, array $options): Client
    {
        $stack = HandlerStack::create();
        $stack->push(new GuzzleMiddleware($filter, $options), 'sovereign_filter');
        return new Client(['handler' => $stack, 'timeout' => 20]);
    }

    protected function send(Filter $filter, array $options, RequestInterface $request, bool $stream = false): ResponseInterface
    {
        try {
            return self::client($filter, $options)->send($request, ['stream' => $stream]);
        } catch (RequestException $e) {
            // Guzzle's http_errors (outside the middleware) raises for the OpenAI-style error
            // response as for any API error: the application finds the response inside.
            if ($e->getResponse() === null) {
                throw $e;
            }
            return $e->getResponse();
        }
    }

    protected function streamsLive(): bool
    {
        return true;
    }

    protected function sendExpectingHttpError(Filter $filter, array $options, RequestInterface $request): ResponseInterface
    {
        try {
            self::client($filter, $options)->send($request);
        } catch (RequestException $e) {
            // Guzzle's message quotes the start of the body: the filtered one.
            self::assertStringNotContainsString('bob.miller', $e->getMessage());
            self::assertNotNull($e->getResponse());
            return $e->getResponse();
        }
        self::fail('Guzzle did not raise for the 404');
    }

    public function testAsyncRequestsAreFilteredToo(): void
    {
        $client = self::client($this->engine(), $this->options());
        // Debian's Guzzle 7.4.5 sets a dynamic property in CurlMultiHandler, deprecated on PHP 8.2
        // (fixed upstream in 7.4.x later): not ours to report, so deprecations are off for this call.
        $level = error_reporting(E_ALL & ~E_DEPRECATED);
        try {
            $r = $client->sendAsync(self::chat('I am anna.weber@example.de'))->wait();
        } finally {
            error_reporting($level);
        }
        self::assertStringContainsString('<EMAIL_1>', self::$model->last()['body']);
        self::assertSame('You said: I am anna.weber@example.de', self::json($r)['choices'][0]['message']['content']);
    }

    public function testASecondRequestOfAConversationInFlightIsRefusedNotHung(): void
    {
        $client = self::client($this->engine(), $this->options());
        $level = error_reporting(E_ALL & ~E_DEPRECATED); // Debian's Guzzle 7.4.5 CurlMultiHandler on PHP 8.2, as above
        try {
            $first = $client->sendAsync(self::chat('I am anna.weber@example.de', false, ['X-Session-Id' => 'conv-async']));
            try {
                $client->sendAsync(self::chat('and again', false, ['X-Session-Id' => 'conv-async']))->wait();
                self::fail('the second request of the conversation was sent');
            } catch (\SovereignFilter\Exception\InternalException $e) {
                self::assertStringContainsString('in flight', $e->getMessage());
            }
            $first->wait();
            // Once the first is done the conversation goes on.
            $r = $client->sendAsync(self::chat('and again', false, ['X-Session-Id' => 'conv-async']))->wait();
        } finally {
            error_reporting($level);
        }
        self::assertSame(200, $r->getStatusCode());
        self::assertCount(2, self::$model->received());
    }
}
