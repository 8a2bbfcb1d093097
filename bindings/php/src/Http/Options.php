<?php

declare(strict_types=1);

namespace SovereignFilter\Http;

use Psr\Http\Message\RequestInterface;
use SovereignFilter\Exception\PolicyException;
use SovereignFilter\Internal\FeatureName;
use SovereignFilter\Status;

/**
 * The options of GuzzleMiddleware and FilteringClient, checked once when they are built (a typo
 * must not turn the filter off silently):
 *
 *  - hosts        list of model endpoints to filter: "host:port", "host" (any port) or a base URL
 *                 ("https://api.openai.com/v1"). Requests to any other host pass untouched. Required.
 *  - identity     who is calling, as your application knows it (a customer id, a session id it trusts):
 *                 a string, or a callable(RequestInterface): ?string. With a conversation id it names the
 *                 conversation's vault; never take it from something the shopper sends.
 *  - session_id   the conversation id when the request has no x-session-id header: a string or a
 *                 callable(RequestInterface): ?string.
 *  - feature      the feature name for the kill switch and the inference log (default "http").
 *  - on_block     "exception" (default): blocks, the kill switch and every other refusal throw the
 *                 binding's exceptions (BlockedException, AiDisabledException, ...); "response": the
 *                 caller gets the OpenAI-style error response the gateway would send (400
 *                 sovereign_filter_blocked, 503 ai_disabled, 502 upstream_unreadable, ...).
 *  - on_summary   optional callable(array $summary, RequestInterface $request): void, called once per
 *                 filtered call with what metrics count (never text): route, per side (request, reply)
 *                 verdict, entity counts and rules, the Responses API's response_id, and "refused": the
 *                 error code the caller got (prompt_block, ai_disabled, upstream_unreadable, ...) or null.
 *  - pass_headers header names sent upstream unchanged besides the library's rules (which pass
 *                 authorization and accept, pseudonymize x-* and openai-*, keep everything else back),
 *                 e.g. ["api-key"] for Azure OpenAI. Default: user-agent.
 *
 * @internal
 */
final class Options
{
    /** @var list<array{host:string, port:?int}> */
    public readonly array $hosts;
    /** @var string|callable|null */
    public readonly mixed $identity;
    /** @var string|callable|null */
    public readonly mixed $sessionId;
    public readonly string $feature;
    public readonly bool $throw;
    /** @var callable|null */
    public readonly mixed $onSummary;
    /** @var list<string> lower case */
    public readonly array $passHeaders;

    /** @param array<string, mixed> $options */
    public function __construct(array $options)
    {
        $known = ['hosts', 'identity', 'session_id', 'feature', 'on_block', 'on_summary', 'pass_headers'];
        foreach (array_keys($options) as $key) {
            if (!\in_array($key, $known, true)) {
                throw self::bad(sprintf('unknown option "%s" (known: %s)', (string) $key, implode(', ', $known)));
            }
        }
        $hosts = $options['hosts'] ?? null;
        if (!\is_array($hosts) || $hosts === []) {
            throw self::bad('"hosts" must list the model endpoints to filter (host:port or base URL)');
        }
        $parsed = [];
        foreach ($hosts as $h) {
            if (!\is_string($h) || $h === '') {
                throw self::bad('every entry of "hosts" must be a non-empty string');
            }
            $parsed[] = self::parseHost($h);
        }
        $this->hosts = $parsed;

        $identity = $options['identity'] ?? null;
        if ($identity !== null && !\is_string($identity) && !\is_callable($identity)) {
            throw self::bad('"identity" must be a string or a callable(RequestInterface): ?string');
        }
        $this->identity = $identity;
        $sid = $options['session_id'] ?? null;
        if ($sid !== null && !\is_string($sid) && !\is_callable($sid)) {
            throw self::bad('"session_id" must be a string or a callable(RequestInterface): ?string');
        }
        $this->sessionId = $sid;

        $feature = $options['feature'] ?? 'http';
        if (!\is_string($feature)) {
            throw self::bad('"feature" must be a string');
        }
        FeatureName::check($feature, 'SovereignFilter\Http options');
        $this->feature = $feature;

        $mode = $options['on_block'] ?? 'exception';
        if ($mode !== 'exception' && $mode !== 'response') {
            throw self::bad('"on_block" must be "exception" or "response"');
        }
        $this->throw = $mode === 'exception';

        $summary = $options['on_summary'] ?? null;
        if ($summary !== null && !\is_callable($summary)) {
            throw self::bad('"on_summary" must be a callable(array, RequestInterface)');
        }
        $this->onSummary = $summary;

        $pass = $options['pass_headers'] ?? ['user-agent'];
        if (!\is_array($pass)) {
            throw self::bad('"pass_headers" must be a list of header names');
        }
        $names = [];
        foreach ($pass as $p) {
            if (!\is_string($p) || $p === '') {
                throw self::bad('"pass_headers" must be a list of header names');
            }
            $names[] = strtolower($p);
        }
        $this->passHeaders = $names;
    }

    /** Whether a request goes to one of the model endpoints. */
    public function isModelHost(RequestInterface $request): bool
    {
        $uri = $request->getUri();
        $host = strtolower($uri->getHost());
        $port = $uri->getPort() ?? (strtolower($uri->getScheme()) === 'http' ? 80 : 443);
        foreach ($this->hosts as $h) {
            if ($h['host'] === $host && ($h['port'] === null || $h['port'] === $port)) {
                return true;
            }
        }
        return false;
    }

    /** The caller's identity for this request ('' when the application names none). */
    public function identityOf(RequestInterface $request): string
    {
        return self::resolve($this->identity, $request, 'identity');
    }

    /** The conversation id: the x-session-id header, else the option. */
    public function sessionIdOf(RequestInterface $request): string
    {
        $header = trim($request->getHeaderLine('x-session-id'));
        return $header !== '' ? $header : self::resolve($this->sessionId, $request, 'session_id');
    }

    private static function resolve(mixed $value, RequestInterface $request, string $name): string
    {
        if ($value === null) {
            return '';
        }
        if (\is_string($value)) {
            return $value;
        }
        $v = $value($request);
        if ($v !== null && !\is_string($v)) {
            throw self::bad(sprintf('the "%s" callable must return a string or null', $name));
        }
        return $v ?? '';
    }

    /** @return array{host:string, port:?int} */
    private static function parseHost(string $h): array
    {
        if (str_contains($h, '://')) {
            $u = parse_url($h);
            if (!\is_array($u) || !isset($u['host'])) {
                throw self::bad(sprintf('"%s" in "hosts" is not a URL', $h));
            }
            $port = $u['port'] ?? ((($u['scheme'] ?? '') === 'http') ? 80 : 443);
            return ['host' => strtolower(trim($u['host'], '[]')), 'port' => $port];
        }
        if (preg_match('/^(\[[0-9a-fA-F:.]+\]|[^:\/\s]+)(?::(\d{1,5}))?$/', $h, $m) !== 1) {
            throw self::bad(sprintf('"%s" in "hosts" is not host:port', $h));
        }
        return ['host' => strtolower(trim($m[1], '[]')), 'port' => isset($m[2]) ? (int) $m[2] : null];
    }

    private static function bad(string $message): PolicyException
    {
        return new PolicyException('SovereignFilter\Http: ' . $message, Status::name(Status::E_POLICY));
    }
}
