<?php

declare(strict_types=1);

namespace Sovereign\Filter\Api;

/**
 * Settings of the in-process filter for HTTP clients (Stores > Configuration > Sovereign >
 * Data-Leak Firewall > HTTP Clients): which endpoints are model calls, and how a refusal reaches
 * the extension that made the call. Implemented by Model\Config.
 *
 * @api
 */
interface HttpClientConfigInterface
{
    /** The feature name of calls made through HTTP clients (kill switch, feature switch, log). */
    public const FEATURE = 'http_clients';

    /**
     * Model endpoints whose requests are filtered: "host:port", "host" (any port) or a base URL,
     * e.g. "api.openai.com:443". Empty: the middleware lets every request pass untouched.
     *
     * @return list<string>
     */
    public function modelHosts(): array;

    /** "response" (an OpenAI-style error response, which extensions handle as an API error) or "exception". */
    public function onBlock(): string;
}
