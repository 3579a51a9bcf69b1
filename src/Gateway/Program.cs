using Governance.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseGatewayEdge();
app.MapDefaultEndpoints();
app.MapGatewayApi();
app.Run();

/// <summary>Marker for test hosts: the gateway's entry assembly.</summary>
public partial class Program;
