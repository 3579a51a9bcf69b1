using System.Globalization;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Governance.BuildingBlocks.Messaging;

/// <summary>A message that exhausted its retries, as ops see it.</summary>
public sealed record ErrorQueueMessage(string Queue, string? MessageId, string? MessageType, string? FirstErrorLine, DateTimeOffset? FailedAt);

/// <summary>
/// Reads and redrives this service's <c>{queue}_error</c> queues (where MassTransit moves a
/// message after its retries, with the fault in <c>MT-Fault-*</c> headers). Listing peeks: the
/// messages stay where they are. Redriving moves a message back to its queue with publisher
/// confirms before removing it from the error queue, so a crash between the two can duplicate
/// it (the consumer's inbox absorbs that) but never lose it.
/// </summary>
public sealed class ErrorQueues(ConsumerQueues queues, BrokerConnection broker)
{
    private const string FaultHeaderPrefix = "MT-Fault-";

    public async Task<IReadOnlyList<ErrorQueueMessage>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var found = new List<ErrorQueueMessage>();
        await using var connection = await ConnectAsync(cancellationToken);
        foreach (var queue in queues.Names)
        {
            // Unacknowledged messages return to the queue when the channel closes.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var waiting = await WaitingAsync(channel, ErrorQueue(queue), cancellationToken);
            for (uint i = 0; i < waiting && found.Count < max; i++)
            {
                var message = await channel.BasicGetAsync(ErrorQueue(queue), autoAck: false, cancellationToken);
                if (message is null)
                {
                    break;
                }

                found.Add(Describe(queue, message));
            }
        }

        return found;
    }

    /// <summary>Moves the message with <paramref name="messageId"/> (or, when null, every message) back to its queue.</summary>
    public async Task<int> RedriveAsync(string? messageId, CancellationToken cancellationToken)
    {
        var moved = 0;
        await using var connection = await ConnectAsync(cancellationToken);
        foreach (var queue in queues.Names)
        {
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            // Only what is waiting now: a redriven message that fails again must not loop here.
            var waiting = await WaitingAsync(channel, ErrorQueue(queue), cancellationToken);
            for (uint i = 0; i < waiting; i++)
            {
                var message = await channel.BasicGetAsync(ErrorQueue(queue), autoAck: false, cancellationToken);
                if (message is null)
                {
                    break;
                }

                if (messageId is not null && message.BasicProperties.MessageId != messageId)
                {
                    continue; // left unacknowledged: it returns to the error queue
                }

                var properties = new BasicProperties(message.BasicProperties);
                if (properties.Headers is not null)
                {
                    foreach (var header in properties.Headers.Keys.Where(IsFaultHeader).ToList())
                    {
                        properties.Headers.Remove(header);
                    }
                }

                await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, cancellationToken);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                moved++;
            }
        }

        return moved;
    }

    public static string ErrorQueue(string queue) => $"{queue}_error";

    private Task<IConnection> ConnectAsync(CancellationToken cancellationToken) =>
        new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = "governance-ops" }.CreateConnectionAsync(cancellationToken);

    private static async Task<uint> WaitingAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0; // MassTransit creates the error queue on the first failure
        }
    }

    private static bool IsFaultHeader(string header) =>
        header.StartsWith(FaultHeaderPrefix, StringComparison.Ordinal) || header == "MT-Reason";

    private static ErrorQueueMessage Describe(string queue, BasicGetResult message)
    {
        var headers = message.BasicProperties.Headers;
        string? Header(string name) => headers is not null && headers.TryGetValue(name, out var value)
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => Convert.ToString(value, CultureInfo.InvariantCulture) }
            : null;

        var error = Header("MT-Fault-Message") ?? Header("MT-Reason");
        var failedAt = DateTimeOffset.TryParse(Header("MT-Fault-Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : (DateTimeOffset?)null;
        return new ErrorQueueMessage(queue, message.BasicProperties.MessageId, MessageTypeOf(message.Body.Span),
            error?.Split('\n', 2)[0].Trim(), failedAt);
    }

    private static string? MessageTypeOf(ReadOnlySpan<byte> body)
    {
        try
        {
            var envelope = JsonDocument.Parse(body.ToArray());
            return envelope.RootElement.TryGetProperty("messageType", out var types) && types.GetArrayLength() > 0
                ? types[0].GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // the body itself may be what was malformed
        }
    }
}
