<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model\Http;

use GuzzleHttp\Promise\Create;
use GuzzleHttp\Psr7\Response;
use Psr\Http\Message\RequestInterface;
use Sovereign\Filter\Api\ConfigInterface;
use Sovereign\Filter\Api\HttpClientConfigInterface;
use Sovereign\Filter\Model\SovereignFilterEngine;
use SovereignFilter\Exception\AiDisabledException;
use SovereignFilter\Http\GuzzleMiddleware;
use SovereignFilter\Http\Options;
use SovereignFilter\Status;

/**
 * The binding's GuzzleMiddleware as Magento hands it to every Guzzle client (FilteringHandlerStack):
 * requests to hosts that are not model endpoints pass without loading the library, so payment or
 * shipping clients are not touched. A model call is refused (fail closed) while the module or the
 * "http_clients" feature is switched off, or when the library cannot be loaded; otherwise the
 * binding's middleware filters it with the caller's identity (CallerIdentity) and feature
 * "http_clients" (its own kill switch: bin/magento sovereign:kill-switch on --feature=http_clients).
 */
class LazyGuzzleMiddleware
{
    private ?GuzzleMiddleware $middleware = null;
    /** The settings the middleware was built with: rebuilt when the admin changes them. */
    private ?string $builtFor = null;

    public function __construct(
        private readonly SovereignFilterEngine $engine,
        private readonly ConfigInterface $config,
        private readonly HttpClientConfigInterface $httpConfig,
        private readonly CallerIdentity $identity
    ) {
    }

    public function __invoke(callable $handler): callable
    {
        return function (RequestInterface $request, array $options) use ($handler) {
            $hosts = $this->httpConfig->modelHosts();
            if ($hosts === [] || !(new Options(['hosts' => $hosts]))->isModelHost($request)) {
                return $handler($request, $options);
            }
            if (!$this->config->isEnabled() || !$this->config->isFeatureEnabled(HttpClientConfigInterface::FEATURE)) {
                return $this->refuse('AI features are switched off in the shop\'s configuration');
            }
            try {
                $middleware = $this->middleware($hosts);
            } catch (\Throwable $e) {
                // Library missing, policy invalid: nothing is sent unfiltered.
                return $this->refuse('the data-leak filter is not available');
            }
            return $middleware($handler)($request, $options);
        };
    }

    /** @param list<string> $hosts */
    private function middleware(array $hosts): GuzzleMiddleware
    {
        $key = implode("\n", $hosts) . "\n" . $this->httpConfig->onBlock();
        if ($this->middleware === null || $this->builtFor !== $key) {
            $this->middleware = new GuzzleMiddleware($this->engine->binding(), [
                'hosts' => $hosts,
                'identity' => $this->identity,
                'feature' => HttpClientConfigInterface::FEATURE,
                'on_block' => $this->httpConfig->onBlock(),
            ]);
            $this->builtFor = $key;
        }
        return $this->middleware;
    }

    private function refuse(string $why)
    {
        if ($this->httpConfig->onBlock() === 'exception') {
            return Create::rejectionFor(new AiDisabledException('SovereignFilter: ' . $why, Status::name(Status::E_DISABLED)));
        }
        $body = json_encode(['error' => ['message' => $why, 'type' => 'service_unavailable', 'code' => 'ai_disabled', 'param' => null]]);
        return Create::promiseFor(new Response(503, ['Content-Type' => 'application/json'], $body));
    }
}
