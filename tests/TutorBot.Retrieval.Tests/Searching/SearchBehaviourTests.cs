using TutorBot.Retrieval.Tests.TestSupport;

namespace TutorBot.Retrieval.Tests.Searching;

public sealed class SearchBehaviourTests(SharedKnowledgeBase shared) : IClassFixture<SharedKnowledgeBase>
{
    [Theory]
    [InlineData("How do I bake bread?")]
    [InlineData("今天天气怎么样")]
    [InlineData("网站建设公司哪家好")]
    [InlineData("wordpress编辑图像")]
    [InlineData("中国建设银行邢台分行网站企业微信用途")]
    [InlineData("What is the capital of France?")]
    [InlineData("How to learn guitar quickly?")]
    [InlineData("LightGBM的直方图算法")]
    [InlineData("怎么调参")]
    public async Task ReturnsNoHitsForOutOfDomainQuestion(string query)
    {
        var result = await shared.Kb.SearchAsync(query);

        Assert.Empty(result.Hits);
        Assert.False(result.Found);
    }

    [Fact]
    public async Task FindsTheSeedEntryAmongCloseNeighboursOfTheCurriculum()
    {
        // Since the curriculum, 多头 also names DeepSeek's multi-head latent attention (attn07), which can rank first.
        var result = await shared.Kb.SearchAsync("多头注意力有啥用");

        Assert.Contains("q01", result.Hits.Take(3).Select(h => h.Entry.Id));
    }

    [Fact]
    public async Task ReturnsNoHitsForTheSeedPagesSpamLines()
    {
        var seed = File.ReadAllLines(Path.Combine(RepoPaths.Root, "knowledge", "_sources", "llm-interview-page.txt"));
        var spam = seed.SkipWhile(l => !l.StartsWith("相关文章", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Trim().TrimStart('•').Trim()).Where(l => l.Length > 0).ToList();
        Assert.True(spam.Count >= 20, "the seed page's related-articles list was not found");

        var answered = new List<string>();
        foreach (var line in spam)
        {
            if ((await shared.Kb.SearchAsync(line)).Found)
            {
                answered.Add(line);
            }
        }

        Assert.True(answered.Count <= spam.Count / 10, "spam lines with hits: " + string.Join(" | ", answered));
    }

    [Theory]
    [InlineData("How can LLM hallucinations be mitigated?", "q11")]
    [InlineData("layer normalization vs batch normalization in NLP", "q03")]
    [InlineData("What is KL divergence?", "q15")]
    [InlineData("why scale dot product attention by square root of d", "q13")]
    [InlineData("What does model.eval() do in PyTorch?", "q06")]
    [InlineData("How to reduce inference latency of large language models", "q07")]
    public async Task EnglishQuestionFindsChineseEntry(string query, string expected)
    {
        var result = await shared.Kb.SearchAsync(query);

        Assert.True(result.Found, $"no hit for {query}");
        Assert.Equal(expected, result.Hits[0].Entry.Id);
    }

    [Theory]
    [InlineData("层归一化和批归一化有什么区别", "q03")]
    [InlineData("交叉熵和相对熵是什么关系", "q15")]
    [InlineData("大模型为什么会有幻觉", "q11")]
    [InlineData("layernorm适合文本的原因", "q03")]
    [InlineData("计算softmax时指数爆炸了怎么处理", "q02")]
    [InlineData("词向量和位置向量为什么可以相加", "q14")]
    [InlineData("为啥文本任务batchnorm效果不好", "q03")]
    [InlineData("softmax算出来nan了可能是什么原因", "q02")]
    [InlineData("从零训练大模型的流程", "q05")]
    public async Task ChineseParaphraseFindsEntry(string query, string expected)
    {
        var result = await shared.Kb.SearchAsync(query);

        Assert.True(result.Found, $"no hit for {query}");
        Assert.Equal(expected, result.Hits[0].Entry.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    [InlineData("的 了 吗")]
    [InlineData("?!，。")]
    public async Task ReturnsEmptyResultForQueryWithoutContent(string query)
    {
        var result = await shared.Kb.SearchAsync(query);

        Assert.Empty(result.Hits);
        Assert.Empty(result.NearMisses);
    }

    [Fact]
    public async Task HandlesHugeMessageWithoutFailing()
    {
        var huge = string.Concat(Enumerable.Repeat("为什么NLP用LayerNorm而不是BatchNorm? lorem ipsum ", 5000));

        var result = await shared.Kb.SearchAsync(huge);

        // The nonsense words count against the match, so q03 may come back as a hit or as the closest near miss.
        Assert.Equal("q03", result.Hits.Concat(result.NearMisses).First().Entry.Id);
    }

    [Fact]
    public async Task OrdersEntriesWithTheSameScoreByIdWhateverTheirOrderInTheIndex()
    {
        // Two copies of q05 under other ids, in a pack read (and indexed, on one thread) before q05's own. Their
        // questions add a stopword (呢, 啊; so, then) so that validation does not reject them as the same question, while the
        // index sees exactly the same terms.
        using var kb = new TempKnowledgeBase(new Dictionary<string, string?> { ["Retrieval:BuildThreads"] = "1" });
        var original = File.ReadAllText(kb.EntryFile("q05"));
        var twins = Directory.CreateDirectory(Path.Combine(kb.KnowledgeFolder, "aa-twins")).FullName;
        foreach (var (id, zh, en) in new[] { ("z2", "呢", "So"), ("z1", "啊", "Then") })
        {
            File.WriteAllText(Path.Combine(twins, $"{id}-training.md"), original.Replace("id: q05", $"id: {id}", StringComparison.Ordinal)
                .Replace("有几步?", $"有几步{zh}?", StringComparison.Ordinal).Replace("How many stages", $"{en} how many stages", StringComparison.Ordinal));
        }

        var result = await kb.SearchAsync("大模型训练有几步?");

        Assert.Equal(["q05", "z1", "z2"], result.Hits.Take(3).Select(h => h.Entry.Id));
        Assert.Equal(result.Hits[0].Score, result.Hits[2].Score);
    }

    [Fact]
    public async Task HonoursTopAndOrdersHitsBestFirst()
    {
        var result = await shared.Kb.SearchAsync("attention 注意力 BERT softmax", top: 2);

        Assert.InRange(result.Hits.Count, 1, 2);
        Assert.Equal(result.Hits.OrderByDescending(h => h.Score).Select(h => h.Entry.Id), result.Hits.Select(h => h.Entry.Id));
    }

    [Fact]
    public async Task OffersNearMissesWhenNothingIsRelevant()
    {
        var result = await shared.Kb.SearchAsync("How does RLHF compare with constitutional AI and debate-based oversight?");

        Assert.Empty(result.Hits);
        Assert.Contains(result.NearMisses, h => h.Entry.Id == "q04");
    }

    [Fact]
    public async Task HitsCarryTheWholeEntryFromTheIndex()
    {
        var result = await shared.Kb.SearchAsync("大模型幻觉如何缓解");

        var entry = result.Hits[0].Entry;
        Assert.Equal("q11", entry.Id);
        Assert.Equal(Core.Knowledge.EntryStatus.Complete, entry.Status);
        Assert.StartsWith("大语言模型中的幻觉", entry.Answer, StringComparison.Ordinal);
        Assert.Equal("hallucination-safety", entry.Topic?.Id);
        Assert.NotEmpty(entry.KeyPoints);
        Assert.False(string.IsNullOrWhiteSpace(entry.AnswerEn));
        Assert.Contains("http://www.yayakq.cn/news/936609/", entry.Sources);
    }
}
