<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * The session's vault would grow past the policy's max_session_values (SF_E_SESSION_FULL): nothing was
 * pseudonymized, the vault is unchanged and no text came back. Also thrown when importing a sealed
 * session that holds more values than the cap. Start a new session (a new conversation).
 */
final class SessionFullException extends SovereignFilterException
{
}
