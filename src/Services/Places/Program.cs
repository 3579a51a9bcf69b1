using Governance.Places;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlacesServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPlacesApi();
app.Run();
