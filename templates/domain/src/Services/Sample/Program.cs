using Governance.Sample;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSampleServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSampleApi();
app.Run();
