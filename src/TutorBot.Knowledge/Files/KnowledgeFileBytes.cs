using System.Text;
using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// Reads a knowledge file's bytes within <c>Knowledge:MaxFileBytes</c> and turns them into text, or into a problem
/// that names the file and, where there is one, the line: a file too large, one that vanished between being listed
/// and being read, bytes that are not UTF-8 (binary garbage), control characters no text file holds.
/// </summary>
internal static class KnowledgeFileBytes
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The file's bytes (for the fingerprint: at most <paramref name="maxBytes"/> + 1 of them), or a problem. Reading
    /// stops one byte past the limit, so neither a huge file nor one that grows while being read is loaded whole.
    /// </summary>
    public static async Task<(byte[] Bytes, KnowledgeProblem? Problem)> ReadAsync(string fullPath, string relativePath, int maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
            var buffer = new byte[Math.Min(maxBytes + 1L, Math.Max(stream.Length, 0) + 1)];
            var read = 0;
            int count;
            while (read < buffer.Length && (count = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false)) > 0)
            {
                read += count;
                if (read == buffer.Length && buffer.Length <= maxBytes)
                {
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
                }
            }

            var bytes = buffer[..read];
            return read > maxBytes
                ? (bytes, new KnowledgeProblem(relativePath, 0, $"the file is larger than {maxBytes} bytes (Knowledge:MaxFileBytes); a knowledge entry is a few KB: split it or shorten the answer"))
                : (bytes, null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return ([], new KnowledgeProblem(relativePath, 0, "the file vanished while the knowledge base was being read (it was listed, then could not be opened); restore it, or finish removing it"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], new KnowledgeProblem(relativePath, 0, $"the file could not be read: {ex.Message}"));
        }
    }

    /// <summary>The file's text, or a problem on the line of the first byte that is not UTF-8 or the first control character.</summary>
    public static (string? Text, KnowledgeProblem? Problem) Decode(byte[] bytes, string relativePath)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var line = LineOfByte(bytes, FirstInvalidUtf8(bytes));
            return (null, new KnowledgeProblem(relativePath, line, "the file is not UTF-8 text (binary data or another encoding from this line on); save it as UTF-8"));
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] is not ('\n' or '\r' or '\t'))
            {
                var line = 1 + text.AsSpan(0, i).Count('\n');
                return (null, new KnowledgeProblem(relativePath, line, $"the line holds the control character U+{(int)text[i]:X4}, which a text file does not: is it binary data?"));
            }
        }

        return (text, null);
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var at = 0;
        while (at < bytes.Length && System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(at), out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }

    private static int LineOfByte(byte[] bytes, int index) => 1 + bytes.AsSpan(0, Math.Min(index, bytes.Length)).Count((byte)'\n');
}
