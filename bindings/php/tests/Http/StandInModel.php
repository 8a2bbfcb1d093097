<?php

declare(strict_types=1);

namespace SovereignFilter\Tests\Http;

/**
 * Runs tests/fixtures/standin_model.php under PHP's built-in server on a free local port, and
 * gives the test what it received and a way to plan its next answer.
 */
final class StandInModel
{
    public readonly string $dir;
    public readonly int $port;
    /** @var resource */
    private $process;

    public function __construct()
    {
        $this->dir = sys_get_temp_dir() . '/sf-standin-' . bin2hex(random_bytes(6));
        mkdir($this->dir, 0700);
        $this->port = self::freePort();
        $cmd = [PHP_BINARY, '-d', 'output_buffering=0', '-d', 'implicit_flush=1', '-S', '127.0.0.1:' . $this->port,
            \dirname(__DIR__) . '/fixtures/standin_model.php'];
        $env = ['SF_STANDIN_DIR' => $this->dir, 'PATH' => (string) getenv('PATH')];
        $process = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['file', $this->dir . '/server.log', 'a'], 2 => ['file', $this->dir . '/server.log', 'a']], $pipes, null, $env);
        if (!\is_resource($process)) {
            throw new \RuntimeException('cannot start the stand-in model');
        }
        $this->process = $process;
        for ($i = 0; $i < 500; $i++) {
            $s = @fsockopen('127.0.0.1', $this->port, $errno, $errstr, 0.1);
            if ($s !== false) {
                fclose($s);
                return;
            }
            usleep(10000);
        }
        throw new \RuntimeException('the stand-in model did not start: ' . @file_get_contents($this->dir . '/server.log'));
    }

    public function stop(): void
    {
        // proc_open with an argument list starts no shell: this ends only the server this test started.
        proc_terminate($this->process);
        proc_close($this->process);
        foreach (glob($this->dir . '/*') ?: [] as $f) {
            unlink($f);
        }
        rmdir($this->dir);
    }

    public function url(string $path): string
    {
        return 'http://127.0.0.1:' . $this->port . $path;
    }

    /** The next answers: a fixed body, or SSE events (strings, or ['wait_for' => 'go']). Null: echo again. */
    public function plan(?array $plan): void
    {
        if ($plan === null) {
            @unlink($this->dir . '/reply.json');
            return;
        }
        file_put_contents($this->dir . '/reply.json', json_encode($plan, JSON_UNESCAPED_SLASHES));
    }

    /** @return list<array{method:string, path:string, query:string, headers:array<string,string>, body:string}> */
    public function received(): array
    {
        $file = $this->dir . '/requests.jsonl';
        if (!is_file($file)) {
            return [];
        }
        $out = [];
        foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
            $out[] = json_decode($line, true, 64, JSON_THROW_ON_ERROR);
        }
        return $out;
    }

    /** The last request received, failing when there was none. */
    public function last(): array
    {
        $all = $this->received();
        if ($all === []) {
            throw new \RuntimeException('the stand-in model received nothing');
        }
        return $all[\count($all) - 1];
    }

    public function forget(): void
    {
        @unlink($this->dir . '/requests.jsonl');
        @unlink($this->dir . '/waiting');
        @unlink($this->dir . '/go');
        $this->plan(null);
    }

    public function touch(string $name): void
    {
        touch($this->dir . '/' . $name);
    }

    public function exists(string $name): bool
    {
        return is_file($this->dir . '/' . $name);
    }

    private static function freePort(): int
    {
        $s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
        if ($s === false) {
            throw new \RuntimeException("no free port: $errstr");
        }
        $name = (string) stream_socket_get_name($s, false);
        fclose($s);
        return (int) substr($name, strrpos($name, ':') + 1);
    }
}
