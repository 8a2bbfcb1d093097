<?php

declare(strict_types=1);

namespace SovereignFilter\Http;

use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\StreamFactoryInterface;
use SovereignFilter\Filter;
use SovereignFilter\Internal\Errors;
use SovereignFilter\Internal\ExchangeFailure;
use SovereignFilter\Internal\ExchangeHandle;
use SovereignFilter\Session;
use SovereignFilter\Status;

/**
 * What GuzzleMiddleware and FilteringClient share: PSR-7 messages in and out of the library's
 * OpenAI-protocol filter (sf_exchange_*). No protocol rule lives here — which members are checked,
 * which headers pass, how replies and SSE events are restored and output-checked, what each
 * refusal looks like are the core's (the same code the gateway runs). This class decides only
 * which requests are model calls (the "hosts" option), which vault a call uses (identity +
 * conversation id) and how a refusal reaches the caller (exception or response).
 *
 * @internal
 */
final class ProtocolAdapter
{
    public readonly Options $options;
    /** @var array<string, true> conversations whose vault this process holds (hash of identity and id) */
    private static array $inFlight = [];
    /** The conversation key opened by session() for the call being prepared. */
    private ?string $pending = null;

    public function __construct(
        private readonly Filter $filter,
        array $options,
        private readonly ResponseFactoryInterface $responses,
        private readonly StreamFactoryInterface $streams
    ) {
        $this->options = new Options($options);
    }

    /**
     * The request to send upstream, with the call that will filter its reply; null when the request
     * is not a model call (it passes untouched). On a refusal: throws ExchangeFailure.
     */
    public function prepare(RequestInterface $request): ?PreparedCall
    {
        if (!$this->options->isModelHost($request)) {
            return null;
        }
        $body = self::readAll($request);
        [$session, $vault, $linkResponses] = $this->session($request, $body);
        $key = $this->pending;
        $this->pending = null;
        $release = $key === null ? null : static function () use ($key): void {
            unset(self::$inFlight[$key]);
        };
        try {
            $exchange = new ExchangeHandle($this->filter->engineHandle(), $session, $request->getUri()->getPath() ?: '/');
        } catch (\Throwable $e) {
            $release?->__invoke();
            throw $e;
        }
        $call = new PreparedCall($exchange, $request, $this->options->onSummary, $linkResponses ? $session : null, $release);
        try {
            $out = $request->withUri($request->getUri()->withQuery($exchange->query($request->getUri()->getQuery())), true);

            // Headers: only what the library's rules let through (pseudonymized where they may carry
            // customer data), plus the host and the application's own pass list.
            foreach (array_keys($out->getHeaders()) as $name) {
                $lower = strtolower($name);
                if ($lower === 'host' || \in_array($lower, $this->options->passHeaders, true)) {
                    continue;
                }
                $value = $exchange->header($name, $request->getHeaderLine($name));
                $out = $value === null ? $out->withoutHeader($name) : $out->withHeader($name, $value);
            }

            $bodiless = $body === '' && \in_array(strtoupper($request->getMethod()), ['GET', 'HEAD', 'DELETE', 'OPTIONS'], true);
            if (!$bodiless) {
                // Anything that is not JSON (a multipart upload, a form, nothing at all) is refused by
                // the library before a byte goes out.
                $filtered = $exchange->request($body);
                $out = $out->withBody($this->streams->createStream($filtered))
                    ->withHeader('Content-Type', 'application/json')
                    ->withHeader('Content-Length', (string) \strlen($filtered));
            }
            // The vault is saved before the upstream sees a pseudonym, so no reply can carry one it forgot.
            if ($vault) {
                $session->save();
            }
        } catch (ExchangeFailure $f) {
            $call->done(ExchangeFailure::errorCode($f->body));
            throw $f;
        }
        $call->request = $out;
        return $call;
    }

    /**
     * What the caller may see of the upstream's reply: a JSON body restored and output-checked whole,
     * an SSE body as a stream that yields each event once it is safe; anything else refused.
     * On a refusal: throws ExchangeFailure.
     */
    public function reply(PreparedCall $call, ResponseInterface $response): ResponseInterface
    {
        $status = $response->getStatusCode();
        if ($status >= 300 && $status < 400 && $response->hasHeader('Location')) {
            $this->checkRedirect($call, $response->getHeaderLine('Location'));
            // A redirect within the model hosts: its body (often an HTML page) is dropped, not checked.
            $call->done();
            return $response->withBody($this->streams->createStream(''))->withoutHeader('Content-Type')->withoutHeader('Content-Length');
        }
        $ctype = strtolower($response->getHeaderLine('Content-Type'));
        if ($status >= 200 && $status < 300 && str_starts_with($ctype, 'text/event-stream')) {
            return $response->withoutHeader('Content-Length')
                ->withBody(new FilteredEventStream($response->getBody(), $call, $this->options->throw));
        }
        try {
            $checked = $call->exchange->reply(self::readBody($response));
        } catch (ExchangeFailure $f) {
            $call->done(ExchangeFailure::errorCode($f->body));
            throw $f;
        }
        $call->done();
        $out = $response->withBody($this->streams->createStream($checked))->withoutHeader('Content-Encoding');
        return $out->hasHeader('Content-Length') ? $out->withHeader('Content-Length', (string) \strlen($checked)) : $out;
    }

    /**
     * An HTTP client that follows redirects re-sends the application's request, unfiltered when the
     * target is not a model host: a redirect off the model hosts is refused.
     */
    private function checkRedirect(PreparedCall $call, string $location): void
    {
        $to = parse_url(trim($location));
        $uri = $call->request->getUri();
        if (\is_array($to) && isset($to['host'])) { // absolute or scheme-relative: another host, maybe
            $uri = $uri->withScheme($to['scheme'] ?? $uri->getScheme())->withHost($to['host'])->withPort($to['port'] ?? null);
        }
        if ($to === false || !$this->options->isModelHost($call->request->withUri($uri))) {
            $call->done('upstream_redirect');
            throw new ExchangeFailure(Status::E_INVALID_ARGUMENT, 502, '{"error":{"message":"the model upstream redirected to a host that is not a model endpoint; the redirect was refused","type":"upstream_error","code":"upstream_redirect","param":null}}', 'redirect');
        }
    }

    /** A refusal as the caller receives it: the binding's exception (thrown) or the OpenAI-style response. */
    public function refusal(ExchangeFailure $f): ResponseInterface
    {
        if ($this->options->throw) {
            throw $f->exception();
        }
        return $this->responses->createResponse($f->httpStatus)
            ->withHeader('Content-Type', 'application/json')
            ->withBody($this->streams->createStream($f->body));
    }

    /**
     * The conversation's vault when the application names the caller and the request a conversation
     * (true: save it); else a vault for this request only. Without an identity a conversation id
     * names nothing: ids come from clients and are guessable.
     *
     * A Responses-API request of a known caller without a conversation id goes on by its
     * previous_response_id, as with the gateway: the vault that answered it, if this caller's (true
     * in the third place: link the reply's response id to the vault).
     *
     * @return array{0: Session, 1: bool, 2: bool}
     */
    private function session(RequestInterface $request, string $body): array
    {
        $identity = $this->options->identityOf($request);
        $sid = $this->options->sessionIdOf($request);
        if ($identity !== '' && $sid !== '') {
            // The vault's lock is held until the reply is filtered. A second request of the same
            // conversation started by this process before that (Guzzle's sendAsync, Pool) would wait
            // for a lock only this process can release: refuse it at once instead of hanging.
            $key = hash('sha256', $identity . "\0" . $sid);
            if (isset(self::$inFlight[$key])) {
                throw Errors::internal('another request of this conversation is still in flight in this process; send them one after another');
            }
            $session = $this->filter->openVault($identity, $sid, $this->options->feature);
            self::$inFlight[$key] = true;
            $this->pending = $key;
            return [$session, true, true];
        }
        if ($identity !== '' && str_ends_with($request->getUri()->getPath(), '/responses') && strtoupper($request->getMethod()) === 'POST') {
            $doc = json_decode($body, true, 512);
            $previous = \is_array($doc) && \is_string($doc['previous_response_id'] ?? null) ? $doc['previous_response_id'] : '';
            return [$this->filter->openResponseVault($identity, $previous, $this->options->feature), true, true];
        }
        return [$this->filter->newSession($this->options->feature), false, false];
    }

    private static function readAll(RequestInterface $request): string
    {
        $body = $request->getBody();
        if ($body->isSeekable()) {
            $body->rewind();
        }
        $s = $body->getContents();
        if ($body->isSeekable()) {
            $body->rewind();
        }
        return $s;
    }

    private static function readBody(ResponseInterface $response): string
    {
        $body = $response->getBody();
        if ($body->isSeekable()) {
            $body->rewind();
        }
        return $body->getContents();
    }
}
