using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Validation;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// The knowledge base as Markdown files with YAML front matter under one root folder (see
/// <see cref="KnowledgeFileLayout"/>). Files are read and parsed in parallel; every problem of every file is
/// returned in the snapshot, sorted by file and line, including damage (a file over
/// <see cref="KnowledgeOptions.MaxFileBytes"/>, binary data, YAML past <see cref="KnowledgeOptions.MaxYamlDepth"/> or
/// with aliases, a file that vanished mid-read). A missing root folder throws <see cref="DirectoryNotFoundException"/>.
/// </summary>
public sealed class FileKnowledgeSource(string root, ILogger<FileKnowledgeSource>? logger = null, KnowledgeOptions? options = null) : IKnowledgeSource
{
    private readonly ILogger _logger = logger ?? NullLogger<FileKnowledgeSource>.Instance;
    private readonly int _maxFileBytes = options?.MaxFileBytes ?? KnowledgeOptions.DefaultMaxFileBytes;
    private readonly int _maxYamlDepth = options?.MaxYamlDepth ?? KnowledgeOptions.DefaultMaxYamlDepth;

    /// <summary>The absolute knowledge root folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public async Task<KnowledgeSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = KnowledgeFileLayout.FindEntryFiles(Root);
        var (syllabus, syllabusProblems, syllabusBytes) = await SyllabusFile.LoadAsync(Root, cancellationToken, _maxFileBytes, _maxYamlDepth).ConfigureAwait(false);
        var parsed = new ParsedKnowledgeFile[files.Count];
        var hashes = new (string RelativePath, byte[] ContentHash)[files.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (index, token) =>
        {
            var file = files[index];
            var (bytes, readProblem) = await KnowledgeFileBytes.ReadAsync(file.FullPath, file.RelativePath, _maxFileBytes, token).ConfigureAwait(false);
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

    private ParsedKnowledgeFile ParseBytes(KnowledgeFile file, byte[] bytes, Syllabus syllabus)
    {
        var (text, problem) = KnowledgeFileBytes.Decode(bytes, file.RelativePath);
        return text is null
            ? new ParsedKnowledgeFile(null, [problem!], 0)
            : KnowledgeFileParser.Parse(file.RelativePath, file.Pack, text, syllabus, _maxYamlDepth);
    }
}
