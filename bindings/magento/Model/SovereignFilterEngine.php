<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use Sovereign\Filter\Api\ConfigInterface;
use Sovereign\Filter\Api\FilterInterface;
use Sovereign\Filter\Api\FilterSessionInterface;
use Sovereign\Filter\Model\FilterInterface as DeprecatedFilterInterface;
use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\Filter;

/**
 * FilterInterface on the PHP binding. The engine is built on first use (not in the constructor)
 * so Magento can instantiate the plugin chain, e.g. for bin/magento, without the library.
 *
 * State directory (the library's kill switch file and inference log): the policy's "state_dir";
 * else $SOVEREIGN_FILTER_STATE_DIR; else <magento>/var/sovereign-filter, which this class puts
 * into the policy (the library's own default, /var/tmp/sovereign-filter, is private per service
 * under systemd's PrivateTmp, e.g. php-fpm, so the CLI and the web workers would not share it).
 */
class SovereignFilterEngine implements FilterInterface, DeprecatedFilterInterface
{
    public const ENV_STATE_DIR = 'SOVEREIGN_FILTER_STATE_DIR';
    /** Below Magento's root (BP). */
    public const DEFAULT_STATE_DIR = 'var/sovereign-filter';

    private ConfigInterface $config;
    private ?string $library;
    private ?Filter $filter = null;

    /** @param string|null $library null: the binding's lookup (preloaded scope, $SOVEREIGN_FILTER_LIB, ...) */
    public function __construct(ConfigInterface $config, ?string $library = null)
    {
        $this->config = $config;
        $this->library = $library;
    }

    public function newSession(?string $feature = null): FilterSessionInterface
    {
        $filter = $this->binding();
        return new SovereignFilterSession($filter, $filter->newSession($feature));
    }

    public function importSession(string $sealed, ?string $feature = null): FilterSessionInterface
    {
        $filter = $this->binding();
        try {
            $session = $filter->importSession($sealed);
        } catch (InvalidInputException $e) {
            throw new \InvalidArgumentException('sealed conversation vault cannot be opened', 0, $e);
        }
        if ($feature !== null) {
            // Outside the try: an invalid feature name is a bug to report, not a damaged vault to replace.
            $session->setFeature($feature);
        }
        return new SovereignFilterSession($filter, $session);
    }

    public function checkPrompt(string $prompt): array
    {
        return $this->binding()->checkPrompt($prompt);
    }

    /**
     * The binding's Filter, built once per instance (Magento shares this class per request), also
     * for KillSwitch so both read the same policy and state directory.
     *
     * @throws SovereignFilterException when the library cannot be loaded or the policy is invalid
     */
    public function binding(): Filter
    {
        return $this->filter ??= new Filter($this->policyJson(), $this->library);
    }

    /** The configured policy with "state_dir" defaulted as described on the class. */
    public function policyJson(): ?string
    {
        $policy = $this->config->policyJson();
        return self::envStateDir() === null ? self::withDefaultStateDir($policy, self::moduleStateDir()) : $policy;
    }

    /** Where the library keeps killswitch.json (and inference.jsonl unless the policy's log has a path). */
    public function stateDir(): string
    {
        $doc = json_decode($this->policyJson() ?? '', true);
        if (\is_array($doc) && \is_string($doc['state_dir'] ?? null) && $doc['state_dir'] !== '') {
            return self::trimDir($doc['state_dir']);
        }
        return self::moduleStateDir();
    }

    /** $SOVEREIGN_FILTER_STATE_DIR, else <magento>/var/sovereign-filter: the default of this module. */
    public static function moduleStateDir(): string
    {
        $env = self::envStateDir();
        if ($env !== null) {
            return $env;
        }
        // BP is Magento's root, defined by app/bootstrap.php.
        $root = \defined('BP') ? (string) \constant('BP') : (string) getcwd();
        return rtrim($root, '/') . '/' . self::DEFAULT_STATE_DIR;
    }

    /**
     * $policy with "state_dir": $dir added when it has none. Text is inserted, not re-encoded, so the
     * rest of the document reaches the library byte for byte; a policy that is not a JSON object is
     * returned unchanged for the library to report.
     */
    public static function withDefaultStateDir(?string $policy, string $dir): ?string
    {
        $entry = '"state_dir": ' . json_encode($dir, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
        if ($policy === null || trim($policy) === '') {
            return '{' . $entry . '}';
        }
        try {
            $doc = json_decode($policy, false, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            return $policy;
        }
        if (!$doc instanceof \stdClass || property_exists($doc, 'state_dir')) {
            return $policy;
        }
        $open = strpos($policy, '{'); // the first non-blank byte of a JSON object
        \assert($open !== false);
        $separator = get_object_vars($doc) === [] ? '' : ', ';
        return substr($policy, 0, $open + 1) . $entry . $separator . substr($policy, $open + 1);
    }

    private static function envStateDir(): ?string
    {
        $env = getenv(self::ENV_STATE_DIR);
        return \is_string($env) && $env !== '' ? self::trimDir($env) : null;
    }

    private static function trimDir(string $dir): string
    {
        return $dir === '/' ? $dir : rtrim($dir, '/');
    }
}
