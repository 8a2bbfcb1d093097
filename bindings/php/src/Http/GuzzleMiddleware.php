<?php

declare(strict_types=1);

namespace SovereignFilter\Http;

use GuzzleHttp\Exception\RequestException;
use GuzzleHttp\Promise\Create;
use GuzzleHttp\Promise\PromiseInterface;
use GuzzleHttp\Psr7\HttpFactory;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;
use SovereignFilter\Filter;
use SovereignFilter\Internal\ExchangeFailure;

/**
 * Guzzle middleware: model calls made with Guzzle are filtered in-process exactly as
 * sovereign-gateway filters them (the library's sf_exchange_* rules), everything else passes
 * untouched.
 *
 *     $stack = HandlerStack::create();
 *     $stack->push(new GuzzleMiddleware($filter, [
 *         'hosts' => ['api.openai.com:443'],
 *         'identity' => fn (RequestInterface $r) => (string) $customerId,
 *     ]), 'sovereign_filter');
 *     $client = new Client(['handler' => $stack]);
 *
 * push() puts it innermost, next to the transport: Guzzle's http_errors (outside it) then raises
 * for an OpenAI-style error response (on_block "response") or an upstream 4xx/5xx as for any API
 * error, with the filtered body inside the ClientException; every redirected request passes through
 * it again, and a redirect from a model host to any other host is refused (the request would carry
 * the customer's text there). Pushed outside http_errors, it filters the body inside Guzzle's
 * RequestException itself. See Options for the options.
 */
final class GuzzleMiddleware
{
    private ProtocolAdapter $adapter;

    /** @param array<string, mixed> $options */
    public function __construct(Filter $filter, array $options)
    {
        $factory = new HttpFactory();
        $this->adapter = new ProtocolAdapter($filter, $options, $factory, $factory);
    }

    public function __invoke(callable $handler): callable
    {
        return function (RequestInterface $request, array $options) use ($handler): PromiseInterface {
            try {
                $call = $this->adapter->prepare($request);
            } catch (ExchangeFailure $f) {
                return $this->refuse($f);
            } catch (\Throwable $e) {
                return Create::rejectionFor($e);
            }
            if ($call === null) {
                return $handler($request, $options);
            }
            return $handler($call->request, $options)->then(
                function (ResponseInterface $response) use ($call) {
                    try {
                        return $this->adapter->reply($call, $response);
                    } catch (ExchangeFailure $f) {
                        return $this->refuse($f);
                    }
                },
                function ($reason) use ($call, $request) {
                    // An upstream error reply (http_errors) carries a body: filtered like any reply.
                    if ($reason instanceof RequestException && $reason->getResponse() !== null) {
                        try {
                            $checked = $this->adapter->reply($call, $reason->getResponse());
                        } catch (ExchangeFailure $f) {
                            return $this->refuse($f);
                        }
                        return Create::rejectionFor(RequestException::create($request, $checked, null, $reason->getHandlerContext()));
                    }
                    $call->done();
                    return Create::rejectionFor($reason);
                }
            );
        };
    }

    private function refuse(ExchangeFailure $f): PromiseInterface
    {
        try {
            return Create::promiseFor($this->adapter->refusal($f));
        } catch (\Throwable $e) {
            return Create::rejectionFor($e);
        }
    }
}
