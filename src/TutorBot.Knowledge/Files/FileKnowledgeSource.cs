using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Validation;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// The knowledge base as Markdown files with YAML front matter under one root folder (see
/// <see cref="KnowledgeFileLayout"/>). Files are read and parsed in parallel; every problem of every file is
/// returned in the snapshot, sorted by file and line. A missing root folder throws <see cref="DirectoryNotFoundException"/>.
/// </summary>
public sealed class FileKnowledgeSource(string root, ILogger<FileKnowledgeSource>? logger = null) : IKnowledgeSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ILogger _logger = logger ?? NullLogger<FileKnowledgeSource>.Instance;

    /// <summary>The absolute knowledge root folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public async Task<KnowledgeSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = KnowledgeFileLayout.FindEntryFiles(Root);
        var (syllabus, syllabusProblems, syllabusBytes) = await SyllabusFile.LoadAsync(Root, cancellationToken).ConfigureAwait(false);
        var parsed = new ParsedKnowledgeFile[files.Count];
        var hashes = new (string RelativePath, byte[] ContentHash)[files.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (index, token) =>
        {
            var file = files[index];
            var (bytes, readProblem) = await ReadAsync(file, token).ConfigureAwait(false);
            hashes[index] = (file.RelativePath, KnowledgeFingerprint.HashContent(bytes));
            parsed[index] = readProblem is null
                ? ParseBytes(file, bytes, syllabus)
                : new ParsedKnowledgeFile(null, [readProblem], 0);
        }).ConfigureAwait(false);

        var (entries, duplicates) = DuplicateIdCheck.Apply(parsed);
        var sameQuestions = DuplicateQuestionCheck.Find(parsed);
        var problems = parsed.SelectMany(p => p.Problems).Concat(duplicates).Concat(sameQuestions).Concat(syllabusProblems)
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)
            .ToList();
        var inputs = hashes.Append((SyllabusFile.FileName, KnowledgeFingerprint.HashContent(syllabusBytes)));
        var snapshot = new KnowledgeSnapshot(entries, problems, KnowledgeFingerprint.Combine(inputs)) { Syllabus = syllabus };

        _logger.LogInformation(
            "Loaded {EntryCount} knowledge entries with {ProblemCount} problems from {FileCount} files under {Root} in {ElapsedMs} ms",
            entries.Count, problems.Count, files.Count, Root, stopwatch.ElapsedMilliseconds);
        return snapshot;
    }

    private static async Task<(byte[] Bytes, KnowledgeProblem? Problem)> ReadAsync(KnowledgeFile file, CancellationToken cancellationToken)
    {
        try
        {
            return (await File.ReadAllBytesAsync(file.FullPath, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], new KnowledgeProblem(file.RelativePath, 0, $"the file could not be read: {ex.Message}"));
        }
    }

    private static ParsedKnowledgeFile ParseBytes(KnowledgeFile file, byte[] bytes, Syllabus syllabus)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new ParsedKnowledgeFile(null, [new KnowledgeProblem(file.RelativePath, 0, "the file is not UTF-8 text; save it as UTF-8")], 0);
        }

        return KnowledgeFileParser.Parse(file.RelativePath, file.Pack, text, syllabus);
    }
}
