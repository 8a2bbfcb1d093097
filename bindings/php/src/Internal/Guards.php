<?php

declare(strict_types=1);

namespace SovereignFilter\Internal;

use FFI;
use FFI\CData;
use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\OutputCheck;
use SovereignFilter\Status;

/**
 * The guard calls shared by Filter and Session (sf_check_output) and the decoding of the guards'
 * JSON results. Malformed library output is an InternalException, never a partial result.
 *
 * @internal
 */
final class Guards
{
    /** sf_verdict values (index == value), as in include/sovereign_filter.h. */
    public const VERDICTS = [OutputCheck::ALLOW, OutputCheck::REDACT, OutputCheck::BLOCK];

    private function __construct()
    {
    }

    /** @throws SovereignFilterException */
    public static function checkOutput(EngineHandle $engine, ?CData $session, string $reply): OutputCheck
    {
        $ffi = $engine->ffi;
        $out = $ffi->new('sf_buffer *');
        try {
            $status = $ffi->sf_check_output($engine->ptr(), $session, $reply, \strlen($reply), FFI::addr($out));
            if ($status !== Status::OK) {
                throw Errors::forStatus($status, 'sf_check_output');
            }
            if (FFI::isNull($out)) {
                throw Errors::internal('sf_check_output returned SF_OK without a result');
            }
            $json = Native::read($ffi, $out);
        } finally {
            $ffi->sf_buffer_free($out);
        }
        return self::decodeOutputCheck($json);
    }

    public static function decodeOutputCheck(string $json): OutputCheck
    {
        $doc = self::decode($json, 'sf_check_output');
        $verdict = $doc['verdict'] ?? null;
        $text = $doc['text'] ?? null;
        $reasons = $doc['reasons'] ?? null;
        if (!\is_string($verdict) || !\in_array($verdict, self::VERDICTS, true)) {
            throw Errors::internal('sf_check_output returned an unknown verdict');
        }
        if (!\is_string($text) || !\is_array($reasons) || !array_is_list($reasons)) {
            throw Errors::internal('sf_check_output returned JSON without "text" and a "reasons" list');
        }
        if ($verdict === OutputCheck::BLOCK && $text !== '') {
            throw Errors::internal('sf_check_output returned text with a block verdict');
        }
        foreach ($reasons as $reason) {
            if (!\is_array($reason) || !(\is_string($reason['type'] ?? null) || \is_string($reason['rule'] ?? null))) {
                throw Errors::internal('sf_check_output returned a malformed reason');
            }
        }
        return new OutputCheck($verdict, $text, $reasons);
    }

    /** @return array{verdict: string, risk: float, rules: list<string>} */
    public static function decodePromptCheck(string $json): array
    {
        $doc = self::decode($json, 'sf_check_prompt');
        $verdict = $doc['verdict'] ?? null;
        $risk = $doc['risk'] ?? null;
        $rules = $doc['rules'] ?? null;
        if ($verdict !== 'allow' && $verdict !== 'block') {
            throw Errors::internal('sf_check_prompt returned an unknown verdict');
        }
        if (!(\is_int($risk) || \is_float($risk)) || !\is_array($rules) || !array_is_list($rules)) {
            throw Errors::internal('sf_check_prompt returned JSON without a numeric "risk" and a "rules" list');
        }
        foreach ($rules as $rule) {
            if (!\is_string($rule)) {
                throw Errors::internal('sf_check_prompt returned a non-string rule');
            }
        }
        return ['verdict' => $verdict, 'risk' => (float) $risk, 'rules' => $rules];
    }

    /** The name of an sf_verdict value; an unknown value is a library error (fail closed). */
    public static function verdictName(int $verdict, string $function): string
    {
        if (!isset(self::VERDICTS[$verdict])) {
            throw Errors::internal(sprintf('%s returned unknown verdict %d', $function, $verdict));
        }
        return self::VERDICTS[$verdict];
    }

    /** @return array<string, mixed> */
    private static function decode(string $json, string $function): array
    {
        try {
            $doc = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw Errors::internal("$function returned invalid JSON: " . $e->getMessage(), $e);
        }
        if (!\is_array($doc)) {
            throw Errors::internal("$function returned JSON that is not an object");
        }
        return $doc;
    }
}
