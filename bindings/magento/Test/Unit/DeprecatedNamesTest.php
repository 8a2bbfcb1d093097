<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit;

use Magento\Framework\App\Config\ScopeConfigInterface;
use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Api;
use Sovereign\Filter\Model;
use Sovereign\Filter\Model\ConversationGuard;
use Sovereign\Filter\Model\PromptRefusedException;
use Sovereign\Filter\Plugin\LlmClientPlugin;
use Sovereign\Filter\Test\Unit\Fake\FakeConfig;
use Sovereign\Filter\Test\Unit\Fake\FakeFilter;
use Sovereign\Filter\Test\Unit\Fake\FakeKillSwitch;
use Sovereign\Filter\Test\Unit\Fake\InMemorySessionStore;
use Sovereign\Filter\Test\Unit\Fake\RecordingLogger;
use SovereignFilter\OutputCheck;

/**
 * Shop code written before the service interfaces moved to Api/ and PromptGuard became
 * ConversationGuard keeps working for one minor release: the old names are deprecated subtypes of
 * the new ones (etc/di.xml is checked in ModuleFilesTest).
 */
final class DeprecatedNamesTest extends TestCase
{
    private const IMPLEMENTATIONS = [
        Model\Config::class => 'ConfigInterface',
        Model\SovereignFilterEngine::class => 'FilterInterface',
        Model\SovereignFilterSession::class => 'FilterSessionInterface',
        Model\KillSwitch::class => 'KillSwitchInterface',
        Model\CustomerSessionStore::class => 'SessionStoreInterface',
    ];

    /** Shop code that type-hints an old name still accepts this module's implementations. */
    public function testTheImplementationsSatisfyTheOldAndTheNewName(): void
    {
        foreach (self::IMPLEMENTATIONS as $class => $interface) {
            self::assertTrue(is_subclass_of($class, 'Sovereign\\Filter\\Api\\' . $interface), "$class: Api\\$interface");
            self::assertTrue(is_subclass_of($class, 'Sovereign\\Filter\\Model\\' . $interface), "$class: Model\\$interface");
        }
        $oldHint = static fn (Model\ConfigInterface $config): bool => $config->isFeatureEnabled('no_such_feature');
        self::assertFalse($oldHint(new Model\Config(new class () implements ScopeConfigInterface {
            public function getValue($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null)
            {
                return null;
            }

            public function isSetFlag($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null)
            {
                return true;
            }
        })));
    }

    /** Shop implementations of the old names are accepted where the module now asks for the Api names. */
    public function testImplementationsOfTheOldNamesAreAcceptedByConversationGuard(): void
    {
        $killSwitch = new class () implements Model\KillSwitchInterface {
            public bool $on = false;

            public function isOn(?string $feature = null): bool
            {
                return $this->on;
            }
        };
        $store = new class () implements Model\SessionStoreInterface {
            /** @var array<string, string> */
            public array $data = [];

            public function load(string $key): ?string
            {
                return $this->data[$key] ?? null;
            }

            public function save(string $key, string $value): void
            {
                $this->data[$key] = $value;
            }

            public function delete(string $key): void
            {
                unset($this->data[$key]);
            }
        };
        $config = new class () implements Model\ConfigInterface {
            public function isEnabled(): bool
            {
                return true;
            }

            public function policyJson(): ?string
            {
                return null;
            }

            public function isFeatureEnabled(string $feature): bool
            {
                return $feature === 'support_chat';
            }
        };
        $guard = new ConversationGuard(new FakeFilter(), $store, $config, $killSwitch, new RecordingLogger());

        $sent = [];
        $reply = $guard->complete('support_chat', 'Mail me at john@example.com', static function (string $p) use (&$sent): string {
            $sent[] = $p;
            return 'Writing to <EMAIL_1>.';
        });
        self::assertSame(['Mail me at <EMAIL_1>'], $sent);
        self::assertSame('Writing to john@example.com.', $reply);
        self::assertArrayHasKey(ConversationGuard::VAULT_KEY_PREFIX . 'support_chat', $store->data);

        $killSwitch->on = true;
        try {
            $guard->complete('support_chat', 'Hello', static fn (string $p): string => self::fail('the model was called'));
            self::fail('no refusal');
        } catch (PromptRefusedException $e) {
            self::assertSame(PromptRefusedException::KILL_SWITCH, $e->getReason());
        }
    }

    /** An old-name FilterSessionInterface returned by an old-name FilterInterface (covariant returns). */
    public function testOldNameFilterImplementationsStillFitTheApi(): void
    {
        $filter = new class () implements Model\FilterInterface {
            public function newSession(?string $feature = null): Model\FilterSessionInterface
            {
                return new class () implements Model\FilterSessionInterface {
                    public function redact(string $text): string
                    {
                        return '[redacted]';
                    }

                    public function restore(string $text): string
                    {
                        return $text;
                    }

                    public function checkOutput(string $reply): OutputCheck
                    {
                        return new OutputCheck(OutputCheck::ALLOW, $reply);
                    }

                    public function export(): string
                    {
                        return 'sealed';
                    }
                };
            }

            public function importSession(string $sealed, ?string $feature = null): Model\FilterSessionInterface
            {
                return $this->newSession($feature);
            }

            public function checkPrompt(string $prompt): array
            {
                return ['verdict' => 'allow', 'risk' => 0.0, 'rules' => []];
            }
        };
        self::assertInstanceOf(Api\FilterInterface::class, $filter);
        $guard = new ConversationGuard($filter, new InMemorySessionStore(), new FakeConfig(), new FakeKillSwitch(), new RecordingLogger());
        self::assertSame('ok', $guard->complete('support_chat', 'anything', static fn (string $p): string => $p === '[redacted]' ? 'ok' : 'raw prompt sent'));
    }

    public function testPromptGuardIsADeprecatedConversationGuard(): void
    {
        $reflection = new \ReflectionClass(Model\PromptGuard::class);
        self::assertSame(ConversationGuard::class, $reflection->getParentClass() ? $reflection->getParentClass()->getName() : null);
        self::assertStringContainsString('@deprecated use ConversationGuard', (string) $reflection->getDocComment());
        self::assertSame([], array_values(array_filter(
            $reflection->getMethods(),
            static fn (\ReflectionMethod $m): bool => $m->getDeclaringClass()->getName() === Model\PromptGuard::class
        )), 'PromptGuard must add nothing to ConversationGuard');
        self::assertSame(ConversationGuard::VAULT_KEY_PREFIX, Model\PromptGuard::VAULT_KEY_PREFIX);

        // Injected under its old name, e.g. to end a conversation, and accepted by the plugin.
        $store = new InMemorySessionStore();
        $guard = new Model\PromptGuard(new FakeFilter(), $store, new FakeConfig(), new FakeKillSwitch(), new RecordingLogger());
        self::assertSame('You said: Mail a@example.com', $guard->complete('support_chat', 'Mail a@example.com', static fn (string $p): string => $p === 'Mail <EMAIL_1>' ? 'You said: ' . $p : 'raw prompt sent'));
        self::assertNotSame([], $store->data);
        $guard->endConversation('support_chat');
        self::assertSame([], $store->data);
        self::assertInstanceOf(LlmClientPlugin::class, new LlmClientPlugin($guard));
    }
}
