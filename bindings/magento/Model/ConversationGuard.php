<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use Psr\Log\LoggerInterface;
use Sovereign\Filter\Api\ConfigInterface;
use Sovereign\Filter\Api\FilterInterface;
use Sovereign\Filter\Api\FilterSessionInterface;
use Sovereign\Filter\Api\KillSwitchInterface;
use Sovereign\Filter\Api\SessionStoreInterface;
use SovereignFilter\Exception\AiDisabledException;
use SovereignFilter\Exception\BlockedException;
use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Exception\SovereignFilterException;

/**
 * The whole policy of the module, free of Magento: check the switches, score the prompt for
 * injection attempts, clean it with the conversation's vault, call the model with the cleaned
 * prompt only, then check the reply (restore pseudonyms, redact leaks, withhold blocked replies).
 *
 * Fail closed: any doubt (kill switch unreadable, filter error, unknown feature, injection attempt)
 * refuses the call with PromptRefusedException before the model is contacted; a reply that the
 * output check blocks or cannot check is refused too, and its text is dropped. The raw prompt and
 * the reply are never logged and never put in an exception message; the raw prompt is never
 * passed to $send.
 */
class ConversationGuard
{
    /** Customer-session key prefix; one vault per feature, i.e. per conversation type. */
    public const VAULT_KEY_PREFIX = 'sovereign_filter_vault_';

    /** Feature names are config path segments and session key suffixes: keep them plain. */
    private const FEATURE_NAME = '/^[a-z][a-z0-9_]{0,63}$/D';

    private FilterInterface $filter;
    private SessionStoreInterface $store;
    private ConfigInterface $config;
    private KillSwitchInterface $killSwitch;
    private LoggerInterface $logger;

    public function __construct(
        FilterInterface $filter,
        SessionStoreInterface $store,
        ConfigInterface $config,
        KillSwitchInterface $killSwitch,
        LoggerInterface $logger
    ) {
        $this->filter = $filter;
        $this->store = $store;
        $this->config = $config;
        $this->killSwitch = $killSwitch;
        $this->logger = $logger;
    }

    /**
     * @param callable(string): string $send calls the model; receives only the cleaned prompt
     *
     * @return string the checked reply: pseudonyms restored, PII the customer did not give redacted
     *
     * @throws PromptRefusedException before $send is called when the prompt may not or cannot be
     *                                cleaned, or after it when the reply is blocked or cannot be checked
     */
    public function complete(string $feature, string $prompt, callable $send): string
    {
        $this->assertAllowed($feature);
        $this->assertPromptIsSafe($feature, $prompt);

        $key = self::VAULT_KEY_PREFIX . $feature;
        try {
            $session = $this->openSession($key, $feature);
            $clean = $session->redact($prompt);
            // Saved before sending: the pseudonyms the model sees must stay restorable in later turns,
            // and a vault that cannot be saved is a reason not to send at all.
            $this->store->save($key, $session->export());
        } catch (\Throwable $e) {
            throw $this->refuse($feature, self::reasonFor($e), $e);
        }

        $reply = $send($clean);

        try {
            $check = $session->checkOutput($reply);
        } catch (\Throwable $e) {
            $reason = $e instanceof AiDisabledException ? PromptRefusedException::KILL_SWITCH : PromptRefusedException::FILTER_ERROR;
            throw $this->refuse($feature, $reason, $e);
        }
        if ($check->isBlocked()) {
            throw $this->refuse($feature, PromptRefusedException::OUTPUT_BLOCKED, null, ['rules' => self::reasonNames($check->reasons)]);
        }
        return $check->text;
    }

    /** Forgets a conversation's pseudonyms (e.g. "new chat"). */
    public function endConversation(string $feature): void
    {
        if (preg_match(self::FEATURE_NAME, $feature) === 1) {
            $this->store->delete(self::VAULT_KEY_PREFIX . $feature);
        }
    }

    private function assertAllowed(string $feature): void
    {
        if (preg_match(self::FEATURE_NAME, $feature) !== 1) {
            throw $this->refuse($feature, PromptRefusedException::UNKNOWN_FEATURE);
        }
        try {
            // Global or this feature's switch. The library refuses the feature's session calls too,
            // but its prompt check has no session: without this the prompt would still be scored.
            if ($this->killSwitch->isOn($feature)) {
                throw $this->refuse($feature, PromptRefusedException::KILL_SWITCH);
            }
            if (!$this->config->isEnabled()) {
                throw $this->refuse($feature, PromptRefusedException::DISABLED);
            }
            if (!$this->config->isFeatureEnabled($feature)) {
                throw $this->refuse($feature, PromptRefusedException::FEATURE_OFF);
            }
        } catch (PromptRefusedException $e) {
            throw $e;
        } catch (\Throwable $e) {
            throw $this->refuse($feature, PromptRefusedException::FILTER_ERROR, $e);
        }
    }

    /** Injection / extraction attempts are refused before a vault is opened or anything is sent. */
    private function assertPromptIsSafe(string $feature, string $prompt): void
    {
        try {
            $result = $this->filter->checkPrompt($prompt);
        } catch (\Throwable $e) {
            throw $this->refuse($feature, self::reasonFor($e), $e);
        }
        if (($result['verdict'] ?? null) !== 'allow') {
            // 'block', or anything unexpected: fail closed.
            throw $this->refuse($feature, PromptRefusedException::PROMPT_REJECTED, null, [
                'risk' => $result['risk'] ?? null,
                'rules' => \is_array($result['rules'] ?? null)
                    ? array_map([PromptRefusedException::class, 'safeName'], array_values(array_filter($result['rules'], 'is_string')))
                    : [],
            ]);
        }
    }

    /**
     * Type and rule names of an output check's reasons (e.g. ['SECRET', 'canary']): safe to log,
     * unlike offsets into the reply's text, which are dropped.
     *
     * @param list<array<string, mixed>> $reasons
     *
     * @return list<string>
     */
    private static function reasonNames(array $reasons): array
    {
        $names = [];
        foreach ($reasons as $reason) {
            $name = $reason['rule'] ?? $reason['type'] ?? null;
            if (\is_string($name)) {
                $names[] = PromptRefusedException::safeName($name);
            }
        }
        return array_values(array_unique($names));
    }

    /**
     * The conversation's vault, in the feature's name: the library's per-feature kill switch and its
     * inference log go by it (and it is not sealed with the vault, so it is given on import too).
     */
    private function openSession(string $key, string $feature): FilterSessionInterface
    {
        $sealed = $this->store->load($key);
        if ($sealed !== null && $sealed !== '') {
            try {
                return $this->filter->importSession($sealed, $feature);
            } catch (\InvalidArgumentException $e) {
                // Sealed by another key (e.g. a worker without SOVEREIGN_FILTER_SESSION_KEY) or damaged:
                // older pseudonyms become unrestorable, which leaks nothing; start a new vault.
                $this->logger->notice('Sovereign filter: stored conversation vault could not be opened; starting a new one', [
                    'key' => $key,
                    'error' => \get_class($e->getPrevious() ?? $e),
                ]);
            }
        }
        return $this->filter->newSession($feature);
    }

    private static function reasonFor(\Throwable $e): string
    {
        if ($e instanceof BlockedException) {
            return PromptRefusedException::BLOCKED;
        }
        if ($e instanceof AiDisabledException) {
            return PromptRefusedException::KILL_SWITCH;
        }
        if ($e instanceof InvalidInputException) {
            return PromptRefusedException::INVALID_INPUT;
        }
        return PromptRefusedException::FILTER_ERROR;
    }

    /** @param array<string, mixed> $details rule names and scores only: never text of the prompt or reply */
    private function refuse(string $feature, string $reason, ?\Throwable $cause = null, array $details = []): PromptRefusedException
    {
        $refusal = new PromptRefusedException($feature, $reason, $cause);
        $context = ['feature' => PromptRefusedException::safeName($feature), 'reason' => $reason] + $details;
        if ($cause !== null) {
            // Class and status only: exception messages of other code might quote the prompt.
            $context['error'] = \get_class($cause);
            if ($cause instanceof SovereignFilterException) {
                $context['status'] = $cause->getStatus();
            }
        }
        $level = $reason === PromptRefusedException::FILTER_ERROR ? 'error' : 'warning';
        $this->logger->log($level, 'Sovereign filter refused an LLM call: ' . $refusal->getMessage(), $context);
        return $refusal;
    }
}
