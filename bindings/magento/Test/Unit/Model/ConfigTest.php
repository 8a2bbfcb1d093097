<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;
use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Model\Config;

final class ConfigTest extends TestCase
{
    /** @param array<string, mixed> $values path => value */
    private static function scopeConfig(array $values, array &$calls = []): ScopeConfigInterface
    {
        return new class ($values, $calls) implements ScopeConfigInterface {
            public function __construct(private array $values, private array &$calls)
            {
            }

            public function getValue($path, $scopeType = ScopeConfigInterface::SCOPE_TYPE_DEFAULT, $scopeCode = null)
            {
                $this->calls[] = [$path, $scopeType];
                return $this->values[$path] ?? null;
            }

            public function isSetFlag($path, $scopeType = ScopeConfigInterface::SCOPE_TYPE_DEFAULT, $scopeCode = null)
            {
                $this->calls[] = [$path, $scopeType];
                return (bool) ($this->values[$path] ?? false);
            }
        };
    }

    public function testEnabledIsAStoreScopedFlag(): void
    {
        $calls = [];
        self::assertTrue((new Config(self::scopeConfig(['sovereign_filter/general/enabled' => '1'], $calls)))->isEnabled());
        self::assertSame([['sovereign_filter/general/enabled', 'store']], $calls);
        self::assertFalse((new Config(self::scopeConfig(['sovereign_filter/general/enabled' => '0'])))->isEnabled());
    }

    public function testPolicyJsonIsGlobalAndEmptyMeansDefault(): void
    {
        $calls = [];
        $policy = '{"entities":{"EMAIL":"block"}}';
        self::assertSame($policy, (new Config(self::scopeConfig(['sovereign_filter/general/policy_json' => $policy], $calls)))->policyJson());
        self::assertSame([['sovereign_filter/general/policy_json', 'default']], $calls);
        foreach ([null, '', "  \n"] as $empty) {
            self::assertNull((new Config(self::scopeConfig(['sovereign_filter/general/policy_json' => $empty])))->policyJson());
        }
    }

    public function testFeatureSwitches(): void
    {
        $calls = [];
        $config = new Config(self::scopeConfig([
            'sovereign_filter/features/product_discovery' => '1',
            'sovereign_filter/features/support_chat' => '0',
            'sovereign_filter/general/enabled' => '1',
        ], $calls));
        self::assertTrue($config->isFeatureEnabled('product_discovery'));
        self::assertFalse($config->isFeatureEnabled('support_chat'));
        self::assertFalse($config->isFeatureEnabled('checkout_assist'));
        self::assertSame(['sovereign_filter/features/product_discovery', 'store'], $calls[0]);
    }

    public function testOnlyShippedFeaturesCanBeEnabled(): void
    {
        $calls = [];
        $config = new Config(self::scopeConfig(['sovereign_filter/general/enabled' => '1'], $calls));
        // "../general/enabled" would otherwise read a flag that is on.
        self::assertFalse($config->isFeatureEnabled('../general/enabled'));
        self::assertFalse($config->isFeatureEnabled('newsletter'));
        self::assertSame([], $calls);
    }
}
