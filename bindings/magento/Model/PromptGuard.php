<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

/**
 * The old name of ConversationGuard, renamed so it does not read as the SovereignFilter library's
 * own PromptGuard, its prompt-injection scorer (which ConversationGuard reaches through
 * FilterInterface::checkPrompt()). Kept for one minor release for shop code that injects it, e.g.
 * to call endConversation(); behaves exactly like ConversationGuard. Removed in the next minor
 * release.
 *
 * @deprecated use ConversationGuard
 * @see ConversationGuard
 */
class PromptGuard extends ConversationGuard
{
}
