// Parses PowerShell files with the tree-sitter PowerShell grammar (packaging/windows/check-syntax).
// Prints every ERROR or MISSING node (line:column and the text there); exits 1 if there is any.
import Parser from 'tree-sitter';
import PowerShell from 'tree-sitter-powershell';
import fs from 'fs';
const parser = new Parser();
parser.setLanguage(PowerShell);
let bad = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const tree = parser.parse(text, null, { bufferSize: 1 << 22 });
  const walk = (n) => {
    if (n.type === 'ERROR' || n.isMissing) {
      bad++;
      console.log(`${file}:${n.startPosition.row + 1}:${n.startPosition.column + 1}: ${n.isMissing ? 'missing ' + n.type : 'syntax error'}: ${JSON.stringify(text.slice(n.startIndex, Math.min(n.endIndex, n.startIndex + 80)))}`);
    }
    for (const c of n.children) walk(c);
  };
  walk(tree.rootNode);
  console.log(`${file}: ${tree.rootNode.descendantCount} nodes, ${bad} problems`);
}
process.exit(bad ? 1 : 0);
