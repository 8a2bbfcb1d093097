<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Store\Model\ScopeInterface;
use Sovereign\Filter\Api\ConfigInterface;
use Sovereign\Filter\Api\HttpClientConfigInterface;
use Sovereign\Filter\Model\ConfigInterface as DeprecatedConfigInterface;

/** Reads etc/adminhtml/system.xml settings (defaults in etc/config.xml). */
class Config implements ConfigInterface, DeprecatedConfigInterface, HttpClientConfigInterface
{
    public const XML_PATH_MODEL_HOSTS = 'sovereign_filter/http_clients/model_hosts';
    public const XML_PATH_ON_BLOCK = 'sovereign_filter/http_clients/on_block';

    public const XML_PATH_ENABLED = 'sovereign_filter/general/enabled';
    public const XML_PATH_POLICY_JSON = 'sovereign_filter/general/policy_json';
    public const XML_PATH_FEATURE_PREFIX = 'sovereign_filter/features/';

    /** The features this module ships switches for. */
    public const FEATURES = ['product_discovery', 'support_chat', 'checkout_assist', HttpClientConfigInterface::FEATURE];

    private ScopeConfigInterface $scopeConfig;

    public function __construct(ScopeConfigInterface $scopeConfig)
    {
        $this->scopeConfig = $scopeConfig;
    }

    public function isEnabled(): bool
    {
        return $this->scopeConfig->isSetFlag(self::XML_PATH_ENABLED, ScopeInterface::SCOPE_STORE);
    }

    public function policyJson(): ?string
    {
        // Global only: one policy per installation, like the engine it builds.
        $value = $this->scopeConfig->getValue(self::XML_PATH_POLICY_JSON, ScopeConfigInterface::SCOPE_TYPE_DEFAULT);
        if (!\is_string($value) || trim($value) === '') {
            return null;
        }
        return $value;
    }

    public function isFeatureEnabled(string $feature): bool
    {
        // Only shipped features: a typo or an injected name must not find some other config flag.
        if (!\in_array($feature, self::FEATURES, true)) {
            return false;
        }
        return $this->scopeConfig->isSetFlag(self::XML_PATH_FEATURE_PREFIX . $feature, ScopeInterface::SCOPE_STORE);
    }

    public function modelHosts(): array
    {
        // Global only: one list of model endpoints per installation (one middleware per process).
        $value = $this->scopeConfig->getValue(self::XML_PATH_MODEL_HOSTS, ScopeConfigInterface::SCOPE_TYPE_DEFAULT);
        if (!\is_string($value)) {
            return [];
        }
        $hosts = [];
        foreach (preg_split('/[\s,]+/', $value) ?: [] as $host) {
            if ($host !== '') {
                $hosts[] = $host;
            }
        }
        return $hosts;
    }

    public function onBlock(): string
    {
        $value = $this->scopeConfig->getValue(self::XML_PATH_ON_BLOCK, ScopeConfigInterface::SCOPE_TYPE_DEFAULT);
        return $value === 'exception' ? 'exception' : 'response';
    }
}
