<?php

/*
 * php_latency.php: per-call latency of SovereignFilter through the PHP FFI binding, on ~1 KB
 * prompts.
 *
 * Why: the PHP binding is how a shop backend calls the filter, once per LLM prompt, inside a
 * request. What matters there is the latency of one call with every cost included: PHP -> FFI ->
 * sf_scan/sf_redact -> copying the result back (and, for scan(), decoding its JSON). The Swift
 * harness measures the engine alone. This script measures what a PHP caller pays.
 *
 * What it measures, single-threaded, with the library's built-in default policy:
 *   - Filter::scan() and Filter::redact() (no session) on prompts of 1000-1100 bytes. Each
 *     prompt is dev-corpus texts joined by spaces, in corpus order; a text that would push the
 *     prompt past 1100 bytes is left out. The prompts are cycled for --calls calls each, after
 *     a warm-up that also checks every prompt goes through. Each call is timed alone with
 *     hrtime(). Reported: p50 / p99 / p99.9 / mean / max in µs, calls/s (= calls / summed call
 *     time) and MB/s (1e6 bytes/s).
 *   - Fixed costs: a bare FFI call (sf_version_number, timed over a batch), redact() and scan()
 *     of a 1-byte text (the round trip through the binding with no PII work), and `new Filter()`
 *     (per-request construction cost: the first call also parses the header and dlopens the
 *     library).
 * Percentiles are nearest-rank on the sorted latencies, sorted[min(n-1, floor(n*p))], the same
 * rule as sovereign-bench.
 *
 *   - The guarded round trip: check-prompt + redact of a ~1 KB prompt with a new session, then
 *     check-output of the redacted prompt as the reply with that session, timed as one unit.
 * Usage:
 *   php benchmarks/php_latency.php --lib dist/lib/libsovereign_filter.so \
 *       --corpus ../shared/corpus/dev.jsonl --out FILE.json [--calls 20000] [--warmup 2000]
 */

declare(strict_types=1);

use SovereignFilter\Filter;
use SovereignFilter\Internal\Native;

const PROMPT_MIN = 1000;
const PROMPT_MAX = 1100;

// Minimal PSR-4 autoloader for the binding's src/ (Composer is not needed).
spl_autoload_register(static function (string $class): void {
    $prefix = 'SovereignFilter\\';
    if (str_starts_with($class, $prefix)) {
        $file = __DIR__ . '/../bindings/php/src/' . str_replace('\\', '/', substr($class, \strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});

function fail(string $message): never
{
    fwrite(STDERR, "php_latency: $message\n");
    exit(1);
}

function options(): array
{
    $o = getopt('', ['lib:', 'corpus:', 'out:', 'calls:', 'warmup:', 'help']);
    if (isset($o['help']) || !isset($o['lib'], $o['corpus'], $o['out'])) {
        fail('usage: php php_latency.php --lib LIB.so --corpus dev.jsonl --out FILE.json [--calls 20000] [--warmup 2000]');
    }
    return [
        'lib' => (string) $o['lib'],
        'corpus' => (string) $o['corpus'],
        'out' => (string) $o['out'],
        'calls' => max(1, (int) ($o['calls'] ?? 20000)),
        'warmup' => max(0, (int) ($o['warmup'] ?? 2000)),
    ];
}

/**
 * Dev-corpus texts joined by spaces into prompts of PROMPT_MIN..PROMPT_MAX bytes, in corpus order.
 * A text that does not fit the prompt being built waits for the next one, so long texts are not
 * under-represented. Only texts still waiting at the end of the corpus are left out.
 */
function buildPrompts(string $corpus): array
{
    $fh = fopen($corpus, 'rb') ?: fail("cannot open $corpus");
    $prompts = [];
    $current = '';
    $waiting = [];
    $read = 0;
    while (($line = fgets($fh)) !== false) {
        if (trim($line) === '') {
            continue;
        }
        $text = json_decode($line, true, 64, JSON_THROW_ON_ERROR)['text'] ?? fail("$corpus: a line without \"text\"");
        $read++;
        if (\strlen($text) > PROMPT_MAX) {
            continue;   // cannot fit any prompt (none in the dev corpus)
        }
        $waiting[] = $text;
        // Place waiting texts, oldest first, until none fits; a new prompt starts each time one is full.
        do {
            $placed = false;
            foreach ($waiting as $k => $w) {
                $piece = $current === '' ? $w : ' ' . $w;
                if (\strlen($current) + \strlen($piece) > PROMPT_MAX) {
                    continue;
                }
                $current .= $piece;
                unset($waiting[$k]);
                $placed = true;
                if (\strlen($current) >= PROMPT_MIN) {
                    $prompts[] = $current;
                    $current = '';
                }
            }
        } while ($placed && $waiting !== []);
    }
    fclose($fh);
    if ($prompts === []) {
        fail("$corpus: not enough text for one prompt");
    }
    return [$prompts, $read, \count($waiting)];
}

/** @param list<int> $ns latencies in nanoseconds */
function stats(array $ns, int $bytes = 0): array
{
    sort($ns);
    $n = \count($ns);
    $total = array_sum($ns);
    $pct = static fn (float $p): float => round($ns[min($n - 1, (int) floor($n * $p))] / 1e3, 3);
    $s = [
        'calls' => $n,
        'p50_us' => $pct(0.50),
        'p99_us' => $pct(0.99),
        'p999_us' => $pct(0.999),
        'mean_us' => round($total / $n / 1e3, 3),
        'max_us' => round($ns[$n - 1] / 1e3, 3),
        'calls_per_s' => round($n / ($total / 1e9), 1),
    ];
    if ($bytes > 0) {
        $s['bytes'] = $bytes;
        $s['mbs'] = round($bytes / ($total / 1e9) / 1e6, 3);
    }
    return $s;
}

/** Times $call($arg) once per argument, each call alone. @return list<int> nanoseconds */
function timeEach(callable $call, array $args, int $calls): array
{
    $ns = [];
    $count = \count($args);
    for ($i = 0; $i < $calls; $i++) {
        $arg = $args[$i % $count];
        $t0 = hrtime(true);
        $call($arg);
        $ns[] = hrtime(true) - $t0;
    }
    return $ns;
}

$opt = options();
if (!is_file($opt['lib'])) {
    fail("library not found: {$opt['lib']}");
}
$notes = [];

// The first Filter parses the FFI header and dlopens the library; later ones only build an engine.
$t0 = hrtime(true);
$filter = new Filter(null, $opt['lib']);
$firstFilterMs = (hrtime(true) - $t0) / 1e6;
$ffi = Native::load($opt['lib']);   // the FFI instance the Filter uses (cached per path)
$newFilterNs = [];
for ($i = 0; $i < 50; $i++) {
    $t0 = hrtime(true);
    $extra = new Filter(null, $opt['lib']);
    $newFilterNs[] = hrtime(true) - $t0;
    unset($extra);
}

[$prompts, $textsRead, $textsLeftOut] = buildPrompts($opt['corpus']);

// Warm-up. Also checks that every prompt goes through: a prompt that throws is dropped and named in notes.
$findings = 0;
foreach ($prompts as $i => $prompt) {
    try {
        $findings += \count($filter->scan($prompt));
        $filter->redact($prompt);
    } catch (\Throwable $e) {
        $notes[] = sprintf('prompt %d dropped: %s: %s', $i, $e::class, $e->getMessage());
        unset($prompts[$i]);
    }
}
$prompts = array_values($prompts);
if ($prompts === []) {
    fail('every prompt failed');
}
timeEach(static fn (string $p) => $filter->scan($p), $prompts, $opt['warmup']);
timeEach(static fn (string $p) => $filter->redact($p), $prompts, $opt['warmup']);

$promptBytes = array_map('strlen', $prompts);
$calls = $opt['calls'];
// Bytes processed by $calls calls cycling through the prompts.
$cycled = intdiv($calls, \count($prompts)) * array_sum($promptBytes) + array_sum(\array_slice($promptBytes, 0, $calls % \count($prompts)));

$scan = stats(timeEach(static fn (string $p) => $filter->scan($p), $prompts, $calls), $cycled);
$redact = stats(timeEach(static fn (string $p) => $filter->redact($p), $prompts, $calls), $cycled);

// The guarded round trip of one model call: check-prompt and redact (pseudonyms into a new session) of
// a ~1 KB prompt, then check-output of the reply (the redacted prompt echoed, as a model repeating the
// customer's values would) with the same session. Timed as one unit, the session's creation included.
$roundTrip = static function (string $p) use ($filter): void {
    $session = $filter->newSession();
    if ($filter->checkPrompt($p)['verdict'] === 'block') {
        return;
    }
    $session->checkOutput($filter->redact($p, $session));
};
timeEach($roundTrip, $prompts, $opt['warmup']);
$guardedRoundTrip = stats(timeEach($roundTrip, $prompts, $calls));

// Fixed costs. The timer itself: an empty timed section.
$timerNs = timeEach(static fn ($x) => null, [null], $calls);
sort($timerNs);
$timerOverheadNs = $timerNs[intdiv(\count($timerNs), 2)];

// A bare FFI call is too short to time alone, so time a batch.
$batch = 200000;
$t0 = hrtime(true);
for ($i = 0; $i < $batch; $i++) {
    $ffi->sf_version_number();
}
$bareFfiNs = (hrtime(true) - $t0) / $batch;

timeEach(static fn (string $p) => $filter->redact($p), ['a'], $opt['warmup']);
$redact1 = stats(timeEach(static fn (string $p) => $filter->redact($p), ['a'], $calls));
$scan1 = stats(timeEach(static fn (string $p) => $filter->scan($p), ['a'], $calls));

// A guarded model call through Guzzle with the SovereignFilter\Http\GuzzleMiddleware: ~1 KB chat
// request filtered (every string, prompt check), the reply (the same ~1 KB text, as an echoing model
// would send it) restored and output-checked. The transport is an in-memory handler answering at
// once, so the figure is the filter's cost in a PHP request, not the network's; the same client
// without the middleware is the baseline. Needs Debian's php-guzzlehttp-guzzle (make deps).
$http = null;
if (stream_resolve_include_path('GuzzleHttp/autoload.php') !== false) {
    require_once 'GuzzleHttp/autoload.php';
    $http = httpMiddlewareLatency($filter, $opt, $prompts);
} else {
    $notes[] = 'http_middleware: skipped (php-guzzlehttp-guzzle not installed)';
}

$notes[] = sprintf('%d prompts of %d-%d bytes (mean %.0f) packed from %d corpus texts (the unfinished last prompt and %d waiting texts left out), cycled',
    \count($prompts), min($promptBytes), max($promptBytes), array_sum($promptBytes) / \count($promptBytes), $textsRead, $textsLeftOut);
$notes[] = 'built-in default policy, redact() without a session; single thread; each call timed alone with hrtime()';
$notes[] = sprintf('timer + closure-call overhead (empty timed section, median): %d ns, included in every per-call figure', $timerOverheadNs);
$notes[] = sprintf('opcache.enable_cli=%s, opcache.jit=%s', ini_get('opcache.enable_cli') ?: '0', ini_get('opcache.jit') ?: 'off');

$report = [
    'php_version' => PHP_VERSION,
    'library_version' => $filter->version(),
    'library' => realpath($opt['lib']),
    'ffi_preloaded_scope' => Native::usingPreloadedScope(),
    'prompts' => [
        'count' => \count($prompts),
        'min_bytes' => min($promptBytes),
        'max_bytes' => max($promptBytes),
        'mean_bytes' => round(array_sum($promptBytes) / \count($promptBytes), 1),
        'findings_per_pass' => $findings,
    ],
    'scan' => $scan,
    'redact' => $redact,
    'guarded_round_trip' => $guardedRoundTrip,
    'round_trip' => [
        'bare_ffi_call_ns' => round($bareFfiNs, 1),
        'redact_1byte' => $redact1,
        'scan_1byte' => $scan1,
    ],
    'filter_new' => [
        'first_ms' => round($firstFilterMs, 3),
        'later' => stats($newFilterNs),
    ],
    'timer_overhead_ns' => $timerOverheadNs,
    'http_middleware' => $http,
    'notes' => $notes,
];

$json = json_encode($report, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR) . "\n";
$tmp = $opt['out'] . '.tmp';
if (file_put_contents($tmp, $json) === false || !rename($tmp, $opt['out'])) {
    fail("cannot write {$opt['out']}");
}

if ($http !== null) {
    printf("php guzzle middleware, ~1 KB chat request + reply: p50 %.1f µs p99 %.1f µs (plain Guzzle p50 %.1f µs: overhead p50 %.1f µs, of which the prompt check p50 %.1f µs); caller-bound vault p50 %.1f µs p99 %.1f µs\n",
        $http['filtered']['p50_us'], $http['filtered']['p99_us'], $http['plain']['p50_us'], $http['overhead_p50_us'],
        $http['prompt_check']['p50_us'], $http['vault']['p50_us'], $http['vault']['p99_us']);
}
printf("php ffi, guarded round trip (check-prompt + redact ~1 KB prompt, check-output ~1 KB reply, one session): p50 %.1f µs p99 %.1f µs\n",
    $guardedRoundTrip['p50_us'], $guardedRoundTrip['p99_us']);
printf(
    "php ffi, ~1 KB prompt: scan p50 %.1f µs p99 %.1f µs p99.9 %.1f µs (%.0f calls/s); redact p50 %.1f µs p99 %.1f µs p99.9 %.1f µs (%.0f calls/s); 1-byte redact p50 %.2f µs; bare FFI call %.0f ns\n",
    $scan['p50_us'], $scan['p99_us'], $scan['p999_us'], $scan['calls_per_s'],
    $redact['p50_us'], $redact['p99_us'], $redact['p999_us'], $redact['calls_per_s'],
    $redact1['p50_us'], $bareFfiNs
);

/**
 * Per-call latency of a ~1 KB chat completion through Guzzle with and without the middleware.
 *
 * @param list<string> $prompts
 */
function httpMiddlewareLatency(Filter $filter, array $opt, array $prompts): array
{
    // The echoing model: a chat completion repeating the (pseudonymized) user text, answered at once.
    $echo = static function (\Psr\Http\Message\RequestInterface $request, array $options) {
        $req = json_decode((string) $request->getBody(), true);
        $body = json_encode(['id' => 'c1', 'object' => 'chat.completion', 'model' => 'm', 'choices' => [['index' => 0,
            'message' => ['role' => 'assistant', 'content' => $req['messages'][1]['content'] ?? ''], 'finish_reason' => 'stop']]]);
        return \GuzzleHttp\Promise\Create::promiseFor(new \GuzzleHttp\Psr7\Response(200, ['Content-Type' => 'application/json'], $body));
    };
    $client = static function (?callable $middleware) use ($echo): \GuzzleHttp\Client {
        $stack = \GuzzleHttp\HandlerStack::create($echo);
        if ($middleware !== null) {
            $stack->push($middleware, 'sovereign_filter');
        }
        return new \GuzzleHttp\Client(['handler' => $stack]);
    };
    $requests = array_map(static fn (string $p) => new \GuzzleHttp\Psr7\Request('POST', 'https://api.openai.com/v1/chat/completions',
        ['Content-Type' => 'application/json', 'Authorization' => 'Bearer sk-bench'],
        json_encode(['model' => 'gpt-4o-mini', 'messages' => [['role' => 'system', 'content' => 'You are the shop assistant.'],
            ['role' => 'user', 'content' => $p]]], JSON_UNESCAPED_UNICODE)), $prompts);
    $mw = new \SovereignFilter\Http\GuzzleMiddleware($filter, ['hosts' => ['api.openai.com:443']]);
    $plain = $client(null);
    $filtered = $client($mw);

    // Caller-bound vaults live in the state store: its own directory, removed afterwards.
    $dir = sys_get_temp_dir() . '/sf-bench-http-' . bin2hex(random_bytes(4));
    $vaultFilter = new Filter(json_encode(['state_dir' => $dir]), $opt['lib']);
    $vault = $client(new \SovereignFilter\Http\GuzzleMiddleware($vaultFilter, ['hosts' => ['api.openai.com:443'], 'identity' => 'customer-1']));
    // One conversation per prompt: a vault holds that conversation's values (a few), as in a shop.
    $withSid = array_map(static fn ($r) => $r->withHeader('X-Session-Id', 'conv-' . md5((string) $r->getBody())), $requests);

    $dropped = 0;
    foreach ($requests as $i => $r) {    // warm-up, and every request must go through
        try {
            $filtered->send($r);
        } catch (\Throwable $e) {
            $dropped++;
            unset($requests[$i], $withSid[$i]);
        }
    }
    $requests = array_values($requests);
    $withSid = array_values($withSid);
    $calls = max(1, intdiv($opt['calls'], 4));
    $send = static fn (\GuzzleHttp\Client $c) => static fn ($r) => $c->send($r);
    timeEach($send($plain), $requests, intdiv($opt['warmup'], 4));
    timeEach($send($filtered), $requests, intdiv($opt['warmup'], 4));
    $p = stats(timeEach($send($plain), $requests, $calls));
    $f = stats(timeEach($send($filtered), $requests, $calls));
    $v = stats(timeEach($send($vault), $withSid, max(1, intdiv($calls, 4))));
    // The share of the core's prompt check (injection scoring of the same user text), which every
    // guarded request runs, the gateway's too.
    $pc = stats(timeEach(static fn (string $p) => $filter->checkPrompt($p), $prompts, $calls));
    foreach (glob($dir . '/vaults/*') ?: [] as $file) {
        @unlink($file);
    }
    @rmdir($dir . '/vaults');
    @rmdir($dir);
    return [
        'plain' => $p,
        'filtered' => $f,
        'vault' => $v,
        'prompt_check' => $pc,
        'overhead_p50_us' => round($f['p50_us'] - $p['p50_us'], 3),
        'overhead_p99_us' => round($f['p99_us'] - $p['p99_us'], 3),
        'requests' => \count($requests),
        'dropped' => $dropped,
        'note' => 'Guzzle 7 (Debian) with an in-memory echo transport; chat request = system + ~1 KB user prompt, reply = the same text; '
            . 'filtered = GuzzleMiddleware, request-scoped vault; vault = identity + x-session-id, one conversation per prompt (its sealed vault locked, read and written in the state directory per call)',
    ];
}
