<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Model;

use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Model\KillSwitch;

final class KillSwitchTest extends TestCase
{
    private string $dir;
    private string|false $savedEnv;

    protected function setUp(): void
    {
        $this->dir = sys_get_temp_dir() . '/sf-kill-switch-' . bin2hex(random_bytes(6));
        $this->savedEnv = getenv(KillSwitch::ENV_STATE_DIR);
    }

    protected function tearDown(): void
    {
        putenv($this->savedEnv === false ? KillSwitch::ENV_STATE_DIR : KillSwitch::ENV_STATE_DIR . '=' . $this->savedEnv);
        foreach (glob($this->dir . '/{,.}*', GLOB_BRACE) ?: [] as $file) {
            if (is_file($file)) {
                unlink($file);
            }
        }
        if (is_dir($this->dir)) {
            rmdir($this->dir);
        }
    }

    public function testOffWhenNeverSwitched(): void
    {
        $switch = new KillSwitch($this->dir);
        self::assertFalse($switch->isOn());
        self::assertSame(
            ['on' => false, 'by' => null, 'reason' => null, 'at' => null, 'file' => $this->dir . '/kill-switch.json', 'error' => null],
            $switch->status()
        );
        self::assertDirectoryDoesNotExist($this->dir, 'reading must not create anything');
    }

    public function testOnAndOffRecordWhoWhyAndWhen(): void
    {
        $switch = new KillSwitch($this->dir);
        $switch->set(true, 'alice', 'model vendor incident #42');

        self::assertTrue($switch->isOn());
        $state = json_decode((string) file_get_contents($this->dir . '/kill-switch.json'), true);
        self::assertSame(['on', 'by', 'reason', 'at'], array_keys($state));
        self::assertTrue($state['on']);
        self::assertSame('alice', $state['by']);
        self::assertSame('model vendor incident #42', $state['reason']);
        self::assertMatchesRegularExpression('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $state['at']);
        self::assertLessThan(5, abs(time() - strtotime($state['at'])));

        // Another instance (another request / web node) sees it without any cache.
        self::assertTrue((new KillSwitch($this->dir))->isOn());

        $switch->set(false, 'bob', 'vendor fixed it');
        self::assertFalse($switch->isOn());
        $status = $switch->status();
        self::assertSame('bob', $status['by']);
        self::assertSame('vendor fixed it', $status['reason']);
    }

    public function testWriteIsAtomicAndReadableByOtherUsers(): void
    {
        $switch = new KillSwitch($this->dir);
        $switch->set(true, 'alice', 'x');
        $switch->set(false, 'alice', 'y');
        // Only the state file is left: temporary files were renamed over it.
        self::assertSame(['kill-switch.json'], array_values(array_diff(scandir($this->dir) ?: [], ['.', '..'])));
        self::assertSame(0644, fileperms($this->dir . '/kill-switch.json') & 0777);
    }

    /** @return iterable<string, array{string}> */
    public static function damagedFiles(): iterable
    {
        yield 'empty' => [''];
        yield 'truncated' => ['{"on": fal'];
        yield 'not a bool' => ['{"on": "no"}'];
        yield 'array' => ['[false]'];
    }

    /** @dataProvider damagedFiles */
    public function testDamagedStateFailsClosed(string $content): void
    {
        mkdir($this->dir);
        file_put_contents($this->dir . '/kill-switch.json', $content);
        $switch = new KillSwitch($this->dir);
        self::assertTrue($switch->isOn());
        self::assertNotNull($switch->status()['error']);
    }

    public function testStateDirFromEnvironment(): void
    {
        putenv(KillSwitch::ENV_STATE_DIR . '=' . $this->dir . '/');
        $switch = new KillSwitch();
        self::assertSame($this->dir, $switch->stateDir());
        $switch->set(true, 'ops', 'env test');
        self::assertFileExists($this->dir . '/kill-switch.json');
    }

    public function testDefaultStateDirIsUnderMagentoVar(): void
    {
        putenv(KillSwitch::ENV_STATE_DIR);
        $root = \defined('BP') ? (string) \constant('BP') : (string) getcwd();
        self::assertSame($root . '/var/sovereign-filter', (new KillSwitch())->stateDir());
    }

    public function testUnwritableStateDirThrowsWithoutWarnings(): void
    {
        // A directory cannot be created below a regular file, whatever the user (root included).
        $switch = new KillSwitch(__FILE__ . '/state');
        $this->expectException(\RuntimeException::class);
        $this->expectExceptionMessage('cannot create state directory');
        $switch->set(true, 'alice', 'x');
    }
}
