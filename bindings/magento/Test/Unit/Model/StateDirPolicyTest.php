<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Model;

use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Model\KillSwitch;
use Sovereign\Filter\Model\SovereignFilterEngine;
use Sovereign\Filter\Test\Unit\Fake\FakeConfig;
use Sovereign\Filter\Test\Unit\Fake\StateDirTrait;
use SovereignFilter\Exception\BlockedException;

/** The module's default state_dir (<magento>/var/sovereign-filter) is added to the policy text. */
final class StateDirPolicyTest extends TestCase
{
    use StateDirTrait;

    private const DIR = '/srv/shop/var/sovereign-filter';

    protected function setUp(): void
    {
        $this->setUpStateDir();
    }

    protected function tearDown(): void
    {
        $this->tearDownStateDir();
    }

    /** @return iterable<string, array{?string, string}> */
    public static function policies(): iterable
    {
        yield 'no policy' => [null, '{"state_dir": "/srv/shop/var/sovereign-filter"}'];
        yield 'blank' => ["  \n", '{"state_dir": "/srv/shop/var/sovereign-filter"}'];
        yield 'empty object' => [' {} ', ' {"state_dir": "/srv/shop/var/sovereign-filter"} '];
        yield 'other keys, kept byte for byte' => [
            "\n{\"entities\": {}, \"prompt_threshold\": 0.70, \"custom\": [{\"pattern\": \"\\\\d{4}\\/x\"}]}",
            "\n{\"state_dir\": \"/srv/shop/var/sovereign-filter\", \"entities\": {}, \"prompt_threshold\": 0.70, \"custom\": [{\"pattern\": \"\\\\d{4}\\/x\"}]}",
        ];
    }

    /** @dataProvider policies */
    public function testTheDefaultIsInserted(?string $policy, string $expected): void
    {
        $result = SovereignFilterEngine::withDefaultStateDir($policy, self::DIR);
        self::assertSame($expected, $result);
        $doc = json_decode($result, true, 512, JSON_THROW_ON_ERROR);
        self::assertSame(self::DIR, $doc['state_dir']);
    }

    /** @return iterable<string, array{string}> */
    public static function keptAsIs(): iterable
    {
        yield 'own state_dir' => ['{"state_dir": "/mine", "log": true}'];
        yield 'own state_dir, even invalid' => ['{"state_dir": 5}'];
        yield 'not JSON' => ['{"entities": '];
        yield 'a list' => ['[1, 2]'];
        yield 'a string' => ['"policy"'];
    }

    /** @dataProvider keptAsIs */
    public function testAPolicyWithItsOwnStateDirOrNotAnObjectIsLeftToTheLibrary(string $policy): void
    {
        self::assertSame($policy, SovereignFilterEngine::withDefaultStateDir($policy, self::DIR));
    }

    public function testUnusualCharactersInTheDirectoryStayValidJson(): void
    {
        $dir = '/srv/shöp "live"/var';
        $doc = json_decode((string) SovereignFilterEngine::withDefaultStateDir('{"log": true}', $dir), true, 512, JSON_THROW_ON_ERROR);
        self::assertSame(['state_dir' => $dir, 'log' => true], $doc);
    }

    public function testWithTheEnvironmentVariableTheLibraryDecides(): void
    {
        putenv(KillSwitch::ENV_STATE_DIR . '=' . $this->dir);
        $config = new FakeConfig();
        $config->policy = '{"log": true}';
        $engine = new SovereignFilterEngine($config);
        self::assertSame('{"log": true}', $engine->policyJson());
        self::assertSame($this->dir, $engine->stateDir());
    }

    public function testTheLibraryGetsTheModulesDefaultAndKeepsThePolicy(): void
    {
        self::requireLibrary();
        putenv(KillSwitch::ENV_STATE_DIR);
        // Outside Magento BP is not defined: the default is below the working directory.
        mkdir($this->dir);
        $cwd = (string) getcwd();
        chdir($this->dir);
        try {
            $config = new FakeConfig();
            $config->policy = '{"entities": {"CREDIT_CARD": "block"}}';
            $engine = new SovereignFilterEngine($config);
            self::assertSame($this->dir . '/var/sovereign-filter', $engine->stateDir());
            (new KillSwitch($engine))->set(true, 'alice', 'test', 'product_discovery');
            self::assertFileExists($this->dir . '/var/sovereign-filter/killswitch.json');
            try {
                $engine->newSession('support_chat')->redact('card 4111 1111 1111 1111');
                self::fail('the policy was not kept');
            } catch (BlockedException $e) {
                self::assertSame('SF_BLOCKED', $e->getStatus());
            }
        } finally {
            chdir($cwd);
        }
    }
}
