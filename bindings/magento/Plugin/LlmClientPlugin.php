<?php

declare(strict_types=1);

namespace Sovereign\Filter\Plugin;

use Sovereign\Filter\Api\LlmClientInterface;
use Sovereign\Filter\Exception\AiUnavailableException;
use Sovereign\Filter\Model\ConversationGuard;
use Sovereign\Filter\Model\PromptRefusedException;

/**
 * Around every LlmClientInterface::complete(): the real client only ever receives a cleaned prompt
 * that passed the injection check, the caller only ever a checked reply; refusals (of the prompt or
 * of the reply) become AiUnavailableException. All logic lives in ConversationGuard.
 */
class LlmClientPlugin
{
    private ConversationGuard $guard;

    public function __construct(ConversationGuard $guard)
    {
        $this->guard = $guard;
    }

    /**
     * @param callable(string, string): string $proceed
     *
     * @throws AiUnavailableException
     */
    public function aroundComplete(LlmClientInterface $subject, callable $proceed, string $feature, string $prompt): string
    {
        try {
            return $this->guard->complete(
                $feature,
                $prompt,
                static fn (string $cleanPrompt): string => $proceed($feature, $cleanPrompt)
            );
        } catch (PromptRefusedException $e) {
            throw AiUnavailableException::fromRefusal($e);
        }
    }
}
