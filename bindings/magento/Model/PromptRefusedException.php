<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

/**
 * ConversationGuard refused to call the model. The message names the feature and the reason only:
 * never the prompt, so it is safe to log.
 */
class PromptRefusedException extends \RuntimeException
{
    public const KILL_SWITCH = 'kill_switch';
    public const DISABLED = 'disabled';
    public const FEATURE_OFF = 'feature_off';
    public const UNKNOWN_FEATURE = 'unknown_feature';
    public const BLOCKED = 'blocked';
    public const PROMPT_REJECTED = 'prompt_rejected';
    public const OUTPUT_BLOCKED = 'output_blocked';
    public const INVALID_INPUT = 'invalid_input';
    public const FILTER_ERROR = 'filter_error';

    private const EXPLANATIONS = [
        self::KILL_SWITCH => 'the kill switch is on',
        self::DISABLED => 'LLM features are disabled in the configuration',
        self::FEATURE_OFF => 'this feature is switched off',
        self::UNKNOWN_FEATURE => 'unknown feature name',
        self::BLOCKED => 'the policy blocks content found in the prompt',
        self::PROMPT_REJECTED => 'the prompt looks like an injection or data extraction attempt',
        self::OUTPUT_BLOCKED => "the model's reply was withheld (secret, canary or blocked content)",
        self::INVALID_INPUT => 'the prompt was refused by the filter (invalid UTF-8 or too large)',
        self::FILTER_ERROR => 'the filter failed, so the prompt could not be cleaned',
    ];

    private string $reason;
    private string $feature;

    public function __construct(string $feature, string $reason, ?\Throwable $previous = null)
    {
        $this->reason = $reason;
        $this->feature = $feature;
        parent::__construct(
            sprintf('LLM call for feature "%s" refused: %s', self::safeName($feature), self::EXPLANATIONS[$reason] ?? $reason),
            0,
            $previous
        );
    }

    public function getReason(): string
    {
        return $this->reason;
    }

    public function getFeature(): string
    {
        return $this->feature;
    }

    /** The feature name comes from the caller: keep log lines short and printable. */
    public static function safeName(string $s): string
    {
        return substr((string) preg_replace('/[^A-Za-z0-9_.-]/', '?', $s), 0, 64);
    }
}
