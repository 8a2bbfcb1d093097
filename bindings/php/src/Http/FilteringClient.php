<?php

declare(strict_types=1);

namespace SovereignFilter\Http;

use Psr\Http\Client\ClientInterface;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\StreamFactoryInterface;
use SovereignFilter\Filter;
use SovereignFilter\Internal\ExchangeFailure;
use SovereignFilter\Internal\Errors;

/**
 * PSR-18 decorator: wraps any PSR-18 client (Guzzle 7, Symfony's Psr18Client, ...) so model calls
 * are filtered in-process by the library's sf_exchange_* rules, the same as sovereign-gateway's:
 *
 *     $client = OpenAI::factory()->withApiKey($key)
 *         ->withHttpClient(new FilteringClient(new \GuzzleHttp\Client(), $filter, [
 *             'hosts' => ['api.openai.com:443'], 'identity' => (string) $customerId,
 *         ]))->make();
 *
 * Options as for GuzzleMiddleware (see Options), plus "http_factory": a PSR-17 factory implementing
 * ResponseFactoryInterface and StreamFactoryInterface (default: guzzlehttp/psr7's or nyholm/psr7's,
 * whichever is installed). Refusals in "exception" mode throw the binding's exceptions
 * (BlockedException, AiDisabledException, ...), which are not PSR-18 ClientExceptionInterface: a
 * PSR-18 consumer passes them through to the application unchanged.
 */
final class FilteringClient implements ClientInterface
{
    private ProtocolAdapter $adapter;

    /** @param array<string, mixed> $options */
    public function __construct(private readonly ClientInterface $inner, Filter $filter, array $options)
    {
        $factory = $options['http_factory'] ?? self::defaultFactory();
        unset($options['http_factory']);
        if (!$factory instanceof ResponseFactoryInterface || !$factory instanceof StreamFactoryInterface) {
            throw Errors::internal('FilteringClient: "http_factory" must implement PSR-17 ResponseFactoryInterface and StreamFactoryInterface');
        }
        $this->adapter = new ProtocolAdapter($filter, $options, $factory, $factory);
    }

    public function sendRequest(RequestInterface $request): ResponseInterface
    {
        try {
            $call = $this->adapter->prepare($request);
        } catch (ExchangeFailure $f) {
            return $this->adapter->refusal($f);
        }
        if ($call === null) {
            return $this->inner->sendRequest($request);
        }
        try {
            $response = $this->inner->sendRequest($call->request);
        } catch (\Throwable $e) {
            $call->done();
            throw $e;
        }
        try {
            return $this->adapter->reply($call, $response);
        } catch (ExchangeFailure $f) {
            return $this->adapter->refusal($f);
        }
    }

    private static function defaultFactory(): object
    {
        if (class_exists(\GuzzleHttp\Psr7\HttpFactory::class)) {
            return new \GuzzleHttp\Psr7\HttpFactory();
        }
        if (class_exists(\Nyholm\Psr7\Factory\Psr17Factory::class)) {
            return new \Nyholm\Psr7\Factory\Psr17Factory();
        }
        throw Errors::internal('FilteringClient: no PSR-17 factory found; pass one as the "http_factory" option');
    }
}
