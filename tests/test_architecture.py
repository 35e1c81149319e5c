"""The core stays Qt-free: importing it with PySide6 blocked must work."""
import subprocess
import sys
import textwrap


def test_core_and_cli_import_without_qt():
    code = textwrap.dedent("""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
                    raise ImportError('Qt is blocked in the core: ' + name)
        sys.meta_path.insert(0, Block())
        import kb_app.core.service, kb_app.core.render, kb_app.cli
        print('ok')
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
