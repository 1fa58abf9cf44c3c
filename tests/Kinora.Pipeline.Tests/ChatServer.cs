using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Kinora.Pipeline.Tests;

/// <summary>
/// A small OpenAI-compatible chat-completions server on loopback (a TcpListener on port 0), answering each POST to
/// /v1/chat/completions with the next canned reply: a status, an assistant message, and a delay before answering.
/// It records every request body and its Authorization header.
/// </summary>
sealed class ChatServer : IDisposable
{
    /// <summary>A canned answer; with <paramref name="Raw"/> the content is sent as the body itself, not as a chat completion.</summary>
    public sealed record Reply(int Status, string Content, TimeSpan Delay = default, bool Raw = false);

    readonly TcpListener listener = new(IPAddress.Loopback, 0);
    readonly Queue<Reply> replies;
    readonly CancellationTokenSource stop = new();
    readonly Task loop;

    public List<(string Path, string? Authorization, JsonDocument Body)> Requests { get; } = [];

    public ChatServer(params Reply[] replies)
    {
        this.replies = new Queue<Reply>(replies);
        listener.Start();
        loop = Task.Run(Serve);
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/v1");

    public static Reply Ok(string content, TimeSpan delay = default) => new(200, content, delay);

    async Task Serve()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => Answer(client));
        }
    }

    async Task Answer(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var (head, body) = await ReadRequest(stream);
            var lines = head.Split("\r\n");
            string path = lines[0].Split(' ')[1];
            string? auth = lines.Skip(1).FirstOrDefault(l => l.StartsWith("Authorization:", StringComparison.OrdinalIgnoreCase))?.Split(':', 2)[1].Trim();
            Reply reply;
            lock (Requests)
            {
                Requests.Add((path, auth, JsonDocument.Parse(body)));
                reply = replies.Count > 0 ? replies.Dequeue() : new Reply(500, "no more canned replies");
            }
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, stop.Token);
            string json = reply.Raw ? reply.Content
                : reply.Status == 200
                ? JsonSerializer.Serialize(new
                {
                    id = "chatcmpl-test",
                    @object = "chat.completion",
                    created = 1764115200,
                    model = "test-model",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.Content }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 120, completion_tokens = 900, total_tokens = 1020 },
                })
                : JsonSerializer.Serialize(new { error = new { message = reply.Content, type = "server_error", code = (string?)null } });
            var payload = Encoding.UTF8.GetBytes(json);
            string status = reply.Status == 200 ? "200 OK" : $"{reply.Status} Error";
            var header = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(header, stop.Token);
            await stream.WriteAsync(payload, stop.Token);
            await stream.FlushAsync(stop.Token);
        }
        catch (Exception) { /* the client hung up (a timeout on its side) or the server is stopping */ }
    }

    static async Task<(string Head, string Body)> ReadRequest(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headEnd = -1;
        while (headEnd < 0)
        {
            int n = await stream.ReadAsync(chunk);
            if (n == 0) throw new IOException("closed before the headers ended");
            buffer.AddRange(chunk.AsSpan(0, n).ToArray());
            headEnd = IndexOf(buffer, "\r\n\r\n"u8.ToArray());
        }
        string head = Encoding.ASCII.GetString(buffer.GetRange(0, headEnd).ToArray());
        int length = head.Split("\r\n").Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l.Split(':')[1].Trim())).FirstOrDefault();
        while (buffer.Count - headEnd - 4 < length)
        {
            int n = await stream.ReadAsync(chunk);
            if (n == 0) break;
            buffer.AddRange(chunk.AsSpan(0, n).ToArray());
        }
        return (head, Encoding.UTF8.GetString(buffer.GetRange(headEnd + 4, length).ToArray()));
    }

    static int IndexOf(List<byte> data, byte[] pattern)
    {
        for (int i = 0; i + pattern.Length <= data.Count; i++)
        {
            bool match = true;
            for (int k = 0; k < pattern.Length && match; k++) match = data[i + k] == pattern[k];
            if (match) return i;
        }
        return -1;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        try { loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        stop.Dispose();
    }
}
